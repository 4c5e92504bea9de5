package io.redress.aftersale.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.redress.decisions.RefundDecision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A case's refund decision as the case view shows it: what was decided, under which policy, by whom and why. */
@Schema(description = "The refund decided when the case entered REFUNDING; it never changes. amount = Σ lines +"
        + " shippingAmount = Σ instruments = seller + platformSubsidy + platformPoints")
record DecisionView(@Schema(requiredMode = REQUIRED) String decisionId,
        @Schema(requiredMode = REQUIRED, description = "the refund reference payments pays it under") String refundRef,
        @Schema(requiredMode = REQUIRED) long amount,
        @Schema(requiredMode = REQUIRED, description = "ISO 4217 code", example = "CNY") String currency,
        @Schema(requiredMode = REQUIRED) List<Line> lines, @Schema(requiredMode = REQUIRED) long shippingAmount,
        @Schema(requiredMode = REQUIRED) List<Instrument> instruments, @Schema(requiredMode = REQUIRED) Funders funders,
        String policyProfile, Integer policyVersion,
        @Schema(requiredMode = REQUIRED, description = "who decided, e.g. SELLER, SYSTEM, PLATFORM") String actor,
        @Schema(requiredMode = REQUIRED, description = "the case action that decided, e.g. AGREE, AUTO_REFUND,"
                + " RULING_PARTIAL_REFUND") String action,
        @Schema(description = "why: a ruling's reasons, or what was agreed") String reason,
        @Schema(requiredMode = REQUIRED) OffsetDateTime decidedAt,
        @JsonRawValue @Schema(type = "object", description = "the refund quote the amounts came from, as"
                + " POST /api/v1/orders/{orderId}/refund-quotes computes it (rules, steps, splits); null when the"
                + " case kept none") String quote) {

    /** One line: its money and what the platform bears of it (negative: the platform takes it back). */
    record Line(String lineId, int quantity, long amount, long platformSubsidy, long platformPoints, long seller) {
    }

    /** The money back to one payment instrument and the PSP reference of the payment it returns to. */
    record Instrument(String paymentId, String pspReference, long amount) {
    }

    /** Who bears the refund; the platform's parts are negative when it takes its subsidy or points back. */
    record Funders(long seller, long platformSubsidy, long platformPoints) {
    }

    static DecisionView of(RefundDecision d, ZoneId zone) {
        return new DecisionView(d.decisionId(), d.refundRef(), d.amount(), d.currency().getCurrencyCode(),
                d.lines().stream().map(l -> new Line(l.lineId(), l.quantity(), l.amount(), l.platformSubsidy(),
                        l.platformPoints(), l.seller())).toList(),
                d.shippingAmount(),
                d.instruments().stream().map(i -> new Instrument(i.paymentId(), i.pspReference(), i.amount())).toList(),
                new Funders(d.funders().seller(), d.funders().platformSubsidy(), d.funders().platformPoints()),
                d.policyProfile(), d.policyVersion(), d.actor(), d.action(), d.reason(),
                CaseView.local(d.decidedAt(), zone), d.quote());
    }
}
