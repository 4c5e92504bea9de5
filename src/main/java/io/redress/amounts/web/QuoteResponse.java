package io.redress.amounts.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.redress.amounts.RefundQuote;
import io.redress.amounts.ShippingPayer;
import io.redress.amounts.Step;
import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A refund quote as docs/amounts.md shows it, with labels in the caller's language. */
record QuoteResponse(@Schema(requiredMode = REQUIRED, description = "ISO 4217 code", example = "CNY") String currency,
                     @Schema(requiredMode = REQUIRED, description = "the most a refund of these lines pays, in minor "
                             + "units") long maxRefundable,
                     @Schema(requiredMode = REQUIRED) List<Line> lines, @Schema(requiredMode = REQUIRED) Shipping shipping,
                     @Schema(requiredMode = REQUIRED) List<PaymentPart> byPayment,
                     @Schema(requiredMode = REQUIRED, description = "who funds the refund: SELLER and PLATFORM, "
                             + "both always present") Map<Funder, Long> byFunder,
                     @Schema(requiredMode = REQUIRED) List<InKind> returnedInKind,
                     @Schema(requiredMode = REQUIRED) boolean eligible,
                     @Schema(requiredMode = REQUIRED) List<Reason> ineligibleReasons) {

    record Line(String lineId, int quantity, long amount, List<StepView> steps,
                @Schema(description = "what the platform bears of this line's amount through the discounts it funded;"
                        + " negative when it takes its subsidy back") long platformSubsidy,
                @Schema(description = "what the platform bears of this line's amount through the points it funded;"
                        + " negative when it takes them back") long platformPoints) {
    }

    record StepView(String rule, String label, long amount) {
    }

    record Shipping(long refunded, ShippingPayer returnShippingPayer, List<StepView> steps) {
    }

    record PaymentPart(String paymentId, long amount) {
    }

    record InKind(String discountId, DiscountKind kind, long amount) {
    }

    record Reason(String code, String lineId, String label) {
    }

    static QuoteResponse of(RefundQuote quote, Locale locale) {
        Map<Funder, Long> byFunder = new LinkedHashMap<>();
        byFunder.put(Funder.SELLER, quote.byFunder().get(Funder.SELLER));
        byFunder.put(Funder.PLATFORM, quote.byFunder().get(Funder.PLATFORM));
        return new QuoteResponse(
                quote.currency().getCurrencyCode(),
                quote.maxRefundable(),
                quote.lines().stream().map(l -> new Line(l.lineId(), l.quantity(), l.amount(), steps(l.steps(), locale),
                        l.platformSubsidy(), l.platformPoints())).toList(),
                new Shipping(quote.shipping().refunded(), quote.shipping().returnShippingPayer(),
                        steps(quote.shipping().steps(), locale)),
                quote.byPayment().stream().map(p -> new PaymentPart(p.paymentId(), p.amount())).toList(),
                byFunder,
                quote.returnedInKind().stream().map(k -> new InKind(k.discountId(), k.kind(), k.amount())).toList(),
                quote.eligible(),
                quote.ineligibleReasons().stream()
                        .map(r -> new Reason(r.code().name(), r.lineId(), r.label(locale))).toList());
    }

    private static List<StepView> steps(List<Step> steps, Locale locale) {
        return steps.stream().map(s -> new StepView(s.rule().name(), s.label(locale), s.amount())).toList();
    }
}
