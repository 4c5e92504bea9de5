package io.redress.credit.web;

import io.redress.credit.Party;
import io.redress.credit.Penalties;
import io.redress.credit.Penalty;
import io.redress.credit.PenaltyKind;
import io.redress.credit.Privilege;
import io.redress.credit.Privileges;
import io.redress.credit.Standing;
import io.redress.identity.Caller;
import io.redress.intervention.ReviewDecision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of standing and penalties. */
final class CreditViews {

    private CreditViews() {
    }

    record PartyView(Party.Type type, String id) {
        static PartyView of(Party p) {
            return new PartyView(p.type(), p.id());
        }
    }

    record ReasonView(String code, int count, int points, String text, String en, String zh) {
        static ReasonView of(Standing.Reason r, Locale locale) {
            return new ReasonView(r.code(), r.count(), r.points(), r.text(locale), r.en(), r.zh());
        }
    }

    record PrivilegesView(boolean instantRefund, boolean autoAgree, boolean negotiateFirst,
            @Schema(description = "BUYER when a penalty makes the buyer bear all freight on no-reason returns, else POLICY")
            String freightOnNoReasonReturns, boolean tradeRestricted, boolean banned) {
        static PrivilegesView of(Privileges.Of p) {
            return new PrivilegesView(p.instantRefund(), p.autoAgree(), p.negotiateFirst(), p.freightOnNoReasonReturns(),
                    p.tradeRestricted(), p.banned());
        }
    }

    /**
     * The instant-refund block of a buyer: whether an instant refund could be offered now, the quota of the policy in
     * force and what is left of it (minor units), and the refusal codes (docs/instant-refund.md).
     */
    record InstantRefundView(boolean eligible, Long quotaTotal, Long quotaLeft, String currency, List<String> reasons) {
    }

    record StandingView(PartyView party, Standing.Level standing, int points, List<ReasonView> reasons,
            @Schema(nullable = true, description = "A buyer's instant-refund eligibility and quota under the policy in "
                    + "force; null for a shop")
            InstantRefundView instantRefund,
            PrivilegesView privileges, List<PenaltyView> penalties) {
    }

    record AppealView(String by, String message, List<String> evidenceIds, Instant at, ReviewDecision decision,
            String reasons, String reviewedBy, Instant reviewedAt) {
        static AppealView of(Penalty.Appeal a) {
            return a == null ? null : new AppealView(a.by(), a.message(), a.evidenceIds(), a.at(), a.decision(),
                    a.reasons(), a.reviewedBy(), a.reviewedAt());
        }
    }

    record RevocationView(String by, String reason, String via, Instant at) {
        static RevocationView of(Penalty.Revocation r) {
            return r == null ? null : new RevocationView(r.by(), r.reason(), r.via(), r.at());
        }
    }

    record PenaltyView(String penaltyId, PartyView party, PenaltyKind kind, Privilege privilege, Long fineAmount,
            String currency, Integer step, String reasonCode, String reasons, List<String> evidenceIds,
            List<String> caseIds, String ruleVersion, String issuedBy, Instant issuedAt, Instant expiresAt,
            Penalty.Status status, AppealView appeal, RevocationView revocation, List<String> allowedActions) {

        static PenaltyView of(Penalty p, Caller caller, Penalties penalties, Instant now) {
            return new PenaltyView(p.penaltyId(), PartyView.of(p.party()), p.kind(), p.privilege(), p.fineAmount(),
                    p.fineAmount() == null ? null : "CNY", p.step(), p.reasonCode(), p.reasons(), p.evidenceIds(),
                    p.caseIds(), p.ruleVersion(), p.issuedBy(), p.issuedAt(), p.expiresAt(), p.status(now),
                    AppealView.of(p.appeal()), RevocationView.of(p.revocation()), penalties.allowedActions(caller, p));
        }
    }
}
