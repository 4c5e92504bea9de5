package io.redress.amounts;

import io.redress.orders.NoReasonReturn;
import io.redress.orders.OrderLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** docs/lifecycle.md: which type and reason each requested line allows, at this moment. */
final class Eligibility {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Eligibility() {
    }

    static List<Ineligibility> check(Taking taking, QuoteRequest request, AmountRules rules, Instant now) {
        List<Ineligibility> reasons = new ArrayList<>();
        for (int i = 0; i < taking.lines.size(); i++) {
            if (taking.asked[i] > 0) {
                Phrase refusal = refusal(taking.lines.get(i), request, rules, now);
                if (refusal != null) {
                    List<String> args = refusal == Phrase.NO_REASON_WINDOW_CLOSED
                            ? List.of(WHEN.format(noReasonEnd(taking.lines.get(i), rules).atZone(rules.zone())))
                            : List.of();
                    reasons.add(new Ineligibility(refusal, taking.lines.get(i).lineId(), args));
                }
            }
        }
        return reasons;
    }

    /** The first rule that refuses the line, or null when it may be refunded as asked. */
    private static Phrase refusal(OrderLine line, QuoteRequest request, AmountRules rules, Instant now) {
        RefundType type = request.type();
        RefundReason reason = request.reason();
        if (line.gift()) {
            return Phrase.GIFT_GOES_WITH_ITEM;
        }
        if (type.returnsGoods() && line.virtual()) {
            return Phrase.VIRTUAL_NOT_RETURNABLE;
        }
        if (type.returnsGoods() && reason == RefundReason.NOT_RECEIVED) {
            return Phrase.NOT_RECEIVED_REFUND_ONLY;
        }
        if (!line.shipped() && !line.virtual()) {
            return type.returnsGoods() ? Phrase.NOT_SHIPPED_REFUND_ONLY : null;
        }
        if (reason != RefundReason.NO_REASON) {
            return type.returnsGoods() && !line.signed() ? Phrase.NOT_DELIVERED_YET : null;
        }
        if (line.virtual()) {
            return Phrase.VIRTUAL_NO_REASON;
        }
        Phrase exclusion = exclusion(line.noReasonReturn());
        if (exclusion != null) {
            return exclusion;
        }
        if (!rules.noReasonReturn(line.category())) {
            return Phrase.CATEGORY_NO_REASON_EXCLUDED;
        }
        if (!type.returnsGoods()) {
            return Phrase.NO_REASON_NEEDS_RETURN;
        }
        if (!line.signed()) {
            return Phrase.NOT_DELIVERED_YET;
        }
        return now.isBefore(noReasonEnd(line, rules)) ? null : Phrase.NO_REASON_WINDOW_CLOSED;
    }

    /** docs/amounts.md: 00:00 of the day after signing, in the marketplace's zone, plus the line's window; exclusive. */
    static Instant noReasonEnd(OrderLine line, AmountRules rules) {
        LocalDate signDate = line.signedAt().atZone(rules.zone()).toLocalDate();
        return signDate.plusDays(1).atStartOfDay(rules.zone()).toInstant().plus(rules.noReasonWindow(line.category()));
    }

    private static Phrase exclusion(NoReasonReturn noReasonReturn) {
        return switch (noReasonReturn == null ? NoReasonReturn.SUPPORTED : noReasonReturn) {
            case SUPPORTED -> null;
            case EXCLUDED_CUSTOM_MADE -> Phrase.EXCLUDED_CUSTOM_MADE;
            case EXCLUDED_PERISHABLE -> Phrase.EXCLUDED_PERISHABLE;
            case EXCLUDED_DIGITAL_UNSEALED -> Phrase.EXCLUDED_DIGITAL_UNSEALED;
            case EXCLUDED_PERIODICAL -> Phrase.EXCLUDED_PERIODICAL;
            case EXCLUDED_CONFIRMED_BY_BUYER -> Phrase.EXCLUDED_CONFIRMED_BY_BUYER;
        };
    }
}
