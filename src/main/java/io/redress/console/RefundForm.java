package io.redress.console;

import io.redress.aftersale.CaseApplication;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseType;
import io.redress.amounts.QuoteRequest;
import io.redress.amounts.RefundQuote;
import io.redress.amounts.RefundReason;
import io.redress.amounts.RefundType;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The buyer's choices on the refund page: type, reason, units per line ({@code qty.<lineId>}), the gifts
 * kept ({@code keep.<lineId>}) and a description. Whatever the browser sends, parsing never fails: unreadable numbers are
 * remembered as {@code invalid} and the page says so instead of quoting.
 */
record RefundForm(RefundType type, RefundReason reason, Map<String, Integer> quantities, List<String> giftsKept,
        List<String> invalid, String description) {

    static RefundForm read(Order order, MultiValueMap<String, String> params) {
        RefundType type = choice(RefundType.class, params.getFirst("type"), RefundType.REFUND_ONLY);
        RefundReason reason = choice(RefundReason.class, params.getFirst("reason"), RefundReason.QUALITY);
        Map<String, Integer> quantities = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            String text = params.getFirst("qty." + line.lineId());
            if (text != null && !text.isBlank()) {
                try {
                    int quantity = Integer.parseInt(text.strip());
                    if (quantity < 0) {
                        invalid.add(line.lineId());
                    }
                    quantities.put(line.lineId(), quantity);
                } catch (NumberFormatException e) {
                    invalid.add(line.lineId());
                }
            }
            if (line.gift() && params.containsKey("keep." + line.lineId())) {
                kept.add(line.lineId());
            }
        }
        String description = params.getFirst("description");
        return new RefundForm(type, reason, quantities, kept, invalid,
                description == null || description.isBlank() ? null : description.strip());
    }

    public int quantity(String lineId) {
        return quantities.getOrDefault(lineId, 0);
    }

    public boolean keeps(String lineId) {
        return giftsKept.contains(lineId);
    }

    /** Whether the buyer has picked at least one unit. */
    public boolean anything() {
        return quantities.values().stream().anyMatch(q -> q > 0);
    }

    /** The request to quote: the units asked for, and each kept gift with all its units. */
    QuoteRequest request(Order order) {
        List<QuoteRequest.Units> lines = new ArrayList<>();
        quantities.forEach((lineId, quantity) -> {
            if (quantity > 0) {
                lines.add(new QuoteRequest.Units(lineId, quantity));
            }
        });
        List<QuoteRequest.Units> gifts = giftsKept.stream()
                .filter(id -> quantity(order.line(id).orElseThrow().giftFor()) > 0)
                .map(id -> new QuoteRequest.Units(id, order.line(id).orElseThrow().quantity()))
                .toList();
        return new QuoteRequest(type, reason, lines, gifts);
    }

    /**
     * The application for the quoted units. Kept gifts are not part of an application, so the amount asked for is
     * the quote's, which deducted them; otherwise the case asks for the most refundable at intake.
     */
    CaseApplication application(Order order, RefundQuote quote) {
        List<CaseLine> lines = request(order).lines().stream().map(u -> new CaseLine(u.lineId(), u.quantity())).toList();
        Long requested = giftsKept.isEmpty() || type == RefundType.EXCHANGE ? null : quote.maxRefundable();
        return new CaseApplication(order.orderId(), CaseType.valueOf(type.name()), CaseReason.valueOf(reason.name()),
                lines, requested, description);
    }

    private static <E extends Enum<E>> E choice(Class<E> kind, String text, E otherwise) {
        for (E value : kind.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        return otherwise;
    }
}
