package io.redress.credit.internal;

import io.redress.aftersale.Actor;
import io.redress.credit.CreditKind;
import io.redress.credit.Party;
import io.redress.credit.Penalties;
import io.redress.credit.Penalty;
import io.redress.dossier.DossierRequest;
import io.redress.dossier.DossierSection;
import io.redress.dossier.SectionContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The dossier's part of the credit record: the fault findings recorded from this case and the penalties that cite it,
 * with their reasons, rule version and status. A party reads only its own (the buyer the buyer's, the shop's staff
 * the shop's); agents and auditors both. Empty when the case weighed on nobody's record.
 */
@Component
class CreditSection implements DossierSection {

    private final CreditRows rows;
    private final Penalties penalties;

    CreditSection(CreditRows rows, Penalties penalties) {
        this.rows = rows;
        this.penalties = penalties;
    }

    @Override
    public int getOrder() {
        return 680;
    }

    @Override
    public Optional<SectionContent> write(DossierRequest r) {
        String caseId = r.detail().caseId();
        List<Party> parties = new ArrayList<>();
        if (r.party() != Actor.SELLER) {
            parties.add(Party.buyer(r.detail().buyerId()));
        }
        if (r.party() != Actor.BUYER) {
            parties.add(Party.shop(r.detail().shopId()));
        }
        List<String> lines = new ArrayList<>();
        List<Object> findings = new ArrayList<>();
        List<Penalty> cited = new ArrayList<>();
        for (Party party : parties) {
            for (CreditRows.Recorded in : rows.of(party, r.detail().createdAt().minusSeconds(86_400))) {
                CreditKind kind = in.input().kind();
                if (kind.fault() && caseId.equals(in.input().source().caseId())) {
                    findings.add(in);
                    lines.add(r.text(in.voidedAt() == null ? "dossier.credit.finding" : "dossier.credit.findingVoided",
                            party.toString(), kind.name(), in.input().source().type(),
                            in.input().source().ruleVersion() == null ? "-" : in.input().source().ruleVersion(),
                            r.when(in.input().occurredAt()), in.voidReason() == null ? "" : in.voidReason()));
                }
            }
            for (Penalty p : penalties.of(party)) {
                if (p.caseIds().contains(caseId)) {
                    cited.add(p);
                    lines.add(r.text("dossier.credit.penalty", p.penaltyId(), party.toString(), p.kind().name()
                            + (p.privilege() == null ? "" : " " + p.privilege().name()), p.ruleVersion(),
                            r.when(p.issuedAt()), r.when(p.expiresAt()), p.status(r.generatedAt()).name(),
                            p.reasons()));
                }
            }
        }
        if (findings.isEmpty() && cited.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("findings", findings);
        data.put("penalties", cited);
        return Optional.of(new SectionContent("credit", r.text("dossier.credit.title"), lines, data));
    }
}
