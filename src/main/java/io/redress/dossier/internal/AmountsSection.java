package io.redress.dossier.internal;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseDesk;
import io.redress.amounts.Phrase;
import io.redress.decisions.RefundDecision;
import io.redress.decisions.RefundDecisions;
import io.redress.dossier.DossierRequest;
import io.redress.dossier.DossierSection;
import io.redress.dossier.SectionContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The amounts to the fen: each refund decided on the case (lines, shipping, instruments, who bears it, under which
 * policy version, by whom and why) with the explanation steps of the quote it came from, in the dossier's language;
 * before any decision, the quote the case's request stands on and its steps.
 */
@Component
class AmountsSection implements DossierSection {

    private final RefundDecisions decisions;
    private final CaseDesk desk;
    private final JsonMapper json;

    AmountsSection(RefundDecisions decisions, CaseDesk desk, JsonMapper json) {
        this.decisions = decisions;
        this.desk = desk;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return 300;
    }

    @Override
    public Optional<SectionContent> write(DossierRequest r) {
        Case c = r.detail();
        List<String> lines = new ArrayList<>();
        Map<String, Object> data = new LinkedHashMap<>();
        List<RefundDecision> decided = decisions.ofCase(c.caseId());
        lines.add(r.text("dossier.amounts.case", r.money(c.requestedAmount()),
                c.agreedAmount() == null ? "-" : r.money(c.agreedAmount()), r.money(c.refundedAmount())));
        data.put("requestedAmount", c.requestedAmount());
        data.put("agreedAmount", c.agreedAmount());
        data.put("refundedAmount", c.refundedAmount());
        data.put("currency", c.currency());
        List<Map<String, Object>> decisionData = new ArrayList<>();
        for (RefundDecision d : decided) {
            String currency = d.currency().getCurrencyCode();
            lines.add(r.text("dossier.amounts.decision", d.refundRef(), r.money(d.amount(), currency), d.actor(),
                    d.action(), d.policyProfile() == null ? "-" : d.policyProfile() + ":" + d.policyVersion(),
                    r.when(d.decidedAt()), d.reason() == null ? "" : d.reason()));
            for (RefundDecision.Line line : d.lines()) {
                lines.add(r.text("dossier.amounts.line", line.lineId(), line.quantity(), r.money(line.amount(), currency),
                        r.money(line.seller(), currency), r.money(line.platformSubsidy(), currency),
                        r.money(line.platformPoints(), currency)));
            }
            lines.add(r.text("dossier.amounts.shipping", r.money(d.shippingAmount(), currency)));
            for (RefundDecision.Instrument i : d.instruments()) {
                lines.add(r.text("dossier.amounts.instrument", i.paymentId(), i.pspReference(),
                        r.money(i.amount(), currency)));
            }
            lines.add(r.text("dossier.amounts.funders", r.money(d.funders().seller(), currency),
                    r.money(d.funders().platformSubsidy(), currency), r.money(d.funders().platformPoints(), currency)));
            JsonNode quote = d.quote() == null ? null : json.readTree(d.quote());
            lines.addAll(steps(r, quote, currency));
            decisionData.add(decision(d, quote));
        }
        data.put("decisions", decisionData);
        if (decided.isEmpty() && !c.status().terminal()) {
            desk.heldQuote(c.caseId()).map(json::readTree).ifPresent(held -> {
                lines.add(r.text("dossier.amounts.held", r.money(held.path("maxRefundable").asLong(), c.currency())));
                lines.addAll(steps(r, held, c.currency()));
                data.put("heldQuote", held);
            });
        }
        return Optional.of(new SectionContent("amounts", r.text("dossier.amounts.title"), lines, data));
    }

    private static Map<String, Object> decision(RefundDecision d, JsonNode quote) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("decisionId", d.decisionId());
        one.put("refundRef", d.refundRef());
        one.put("amount", d.amount());
        one.put("currency", d.currency().getCurrencyCode());
        one.put("lines", d.lines());
        one.put("shippingAmount", d.shippingAmount());
        one.put("instruments", d.instruments());
        one.put("funders", d.funders());
        one.put("policyProfile", d.policyProfile());
        one.put("policyVersion", d.policyVersion());
        one.put("actor", d.actor());
        one.put("action", d.action());
        one.put("reason", d.reason());
        one.put("decidedAt", d.decidedAt().toString());
        one.put("quote", quote);
        return one;
    }

    /** Each line's and the shipping's explanation steps, as the quote recorded them. */
    private static List<String> steps(DossierRequest r, JsonNode quote, String currency) {
        List<String> lines = new ArrayList<>();
        if (quote == null) {
            return lines;
        }
        for (JsonNode line : quote.path("lines")) {
            lines.add(r.text("dossier.amounts.quoteLine", line.path("lineId").asString(), line.path("quantity").asInt(),
                    r.money(line.path("amount").asLong(), currency)));
            for (JsonNode step : line.path("steps")) {
                lines.add("  · " + step(r, step, currency));
            }
        }
        JsonNode shipping = quote.path("shipping");
        for (JsonNode step : shipping.path("steps")) {
            lines.add("  · " + step(r, step, currency));
        }
        return lines;
    }

    private static String step(DossierRequest r, JsonNode step, String currency) {
        List<String> args = new ArrayList<>();
        step.path("args").forEach(a -> args.add(a.asString()));
        String phrase = step.path("phrase").asString();
        String text;
        try {
            text = Phrase.valueOf(phrase).text(r.locale(), args);
        } catch (IllegalArgumentException unknown) {
            text = phrase + " " + args;
        }
        return text + ": " + r.money(step.path("amount").asLong(), currency);
    }
}
