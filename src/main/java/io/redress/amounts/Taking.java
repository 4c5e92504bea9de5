package io.redress.amounts;

import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Units per order line, by index: taken before the request (refunded or reserved) and asked for now.
 * Built only from a request that names known lines and no more units than are left.
 */
final class Taking {

    final Order order;
    final List<OrderLine> lines;
    final int[] before;
    final int[] asked;
    final long[] giftsKept;

    private Taking(Order order) {
        this.order = order;
        this.lines = order.lines();
        this.before = new int[lines.size()];
        this.asked = new int[lines.size()];
        this.giftsKept = new long[lines.size()];
        for (int i = 0; i < before.length; i++) {
            OrderLine line = lines.get(i);
            before[i] = line.refunds().refundedQuantity() + line.refunds().reservedQuantity();
        }
    }

    static Taking of(Order order, QuoteRequest request) {
        Taking taking = new Taking(order);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < taking.lines.size(); i++) {
            index.put(taking.lines.get(i).lineId(), i);
        }
        if (request.lines().isEmpty()) {
            throw new InvalidQuoteRequest("lines", "name at least one line to refund");
        }
        for (int n = 0; n < request.lines().size(); n++) {
            QuoteRequest.Units units = request.lines().get(n);
            int i = lineIndex(index, units, "lines[" + n + "]");
            if (taking.asked[i] > 0) {
                throw new InvalidQuoteRequest("lines[" + n + "].lineId", "line " + units.lineId() + " is named twice");
            }
            int left = taking.lines.get(i).quantity() - taking.before[i];
            if (units.quantity() > left) {
                throw new InvalidQuoteRequest("lines[" + n + "].quantity", "only " + left + " unit(s) of line "
                        + units.lineId() + " are left to refund");
            }
            taking.asked[i] = units.quantity();
        }
        for (int n = 0; n < request.giftsNotReturned().size(); n++) {
            QuoteRequest.Units units = request.giftsNotReturned().get(n);
            String field = "giftsNotReturned[" + n + "]";
            int i = lineIndex(index, units, field);
            OrderLine gift = taking.lines.get(i);
            if (!gift.gift()) {
                throw new InvalidQuoteRequest(field + ".lineId", "line " + units.lineId() + " is not a gift");
            }
            if (units.quantity() > gift.quantity()) {
                throw new InvalidQuoteRequest(field + ".quantity", "gift line " + units.lineId() + " has only "
                        + gift.quantity() + " unit(s)");
            }
            Integer main = index.get(gift.giftFor());
            if (main == null || taking.asked[main] == 0) {
                throw new InvalidQuoteRequest(field + ".lineId", "gift " + units.lineId()
                        + " belongs to a line that this refund does not include");
            }
            taking.giftsKept[i] = units.quantity();
        }
        return taking;
    }

    private static int lineIndex(Map<String, Integer> index, QuoteRequest.Units units, String field) {
        if (units == null || units.lineId() == null) {
            throw new InvalidQuoteRequest(field + ".lineId", "lineId is required");
        }
        Integer i = index.get(units.lineId());
        if (i == null) {
            throw new InvalidQuoteRequest(field + ".lineId", "the order has no line " + units.lineId());
        }
        if (units.quantity() < 1) {
            throw new InvalidQuoteRequest(field + ".quantity", "quantity must be at least 1");
        }
        return i;
    }

    int after(int i) {
        return before[i] + asked[i];
    }

    /** Whether every unit of every line is refunded, reserved or asked for once this request is counted. */
    boolean takesEverything() {
        for (int i = 0; i < before.length; i++) {
            if (!lines.get(i).gift() && after(i) < lines.get(i).quantity()) {
                return false;
            }
        }
        return true;
    }

    /** The money left on a line: paid less refunded and reserved. */
    long remaining(int i) {
        OrderLine line = lines.get(i);
        return line.paidAmount() - line.refunds().refundedAmount() - line.refunds().reservedAmount();
    }

    /** docs/amounts.md: the part of {@code total} that units from..to of a line carry; units always sum to total. */
    static long unitsShare(long total, int quantity, int from, int to) {
        return Math.floorDiv(Math.multiplyExact(total, to), quantity) - Math.floorDiv(Math.multiplyExact(total, from), quantity);
    }
}
