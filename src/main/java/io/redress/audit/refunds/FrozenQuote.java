package io.redress.audit.refunds;

import io.redress.amounts.RefundQuote;
import io.redress.amounts.ShippingPayer;
import io.redress.orders.Funder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quote a decision froze, read back from its JSON: the amounts of every line with its platform parts, shipping,
 * the payments and the funders, as a {@link RefundQuote} (so the one splitting rule applies to it), and each line's
 * steps as text for explanations.
 */
record FrozenQuote(RefundQuote quote, Map<String, String> steps) {

    static FrozenQuote read(JsonMapper json, String text) {
        JsonNode root = json.readTree(text);
        List<RefundQuote.LineAmount> lines = new ArrayList<>();
        Map<String, String> steps = new LinkedHashMap<>();
        for (JsonNode line : root.path("lines")) {
            String lineId = line.path("lineId").asString();
            lines.add(new RefundQuote.LineAmount(lineId, line.path("quantity").asInt(), line.path("amount").asLong(),
                    List.of(), line.path("platformSubsidy").asLong(0), line.path("platformPoints").asLong(0)));
            steps.put(lineId, line.path("steps").toString());
        }
        JsonNode shipping = root.path("shipping");
        steps.put("shipping", shipping.path("steps").toString());
        List<RefundQuote.PaymentAmount> payments = new ArrayList<>();
        for (JsonNode p : root.path("byPayment")) {
            payments.add(new RefundQuote.PaymentAmount(p.path("paymentId").asString(), p.path("amount").asLong()));
        }
        Map<Funder, Long> funders = new EnumMap<>(Funder.class);
        for (Map.Entry<String, JsonNode> f : root.path("byFunder").properties()) {
            funders.put(Funder.valueOf(f.getKey()), f.getValue().asLong());
        }
        String payer = shipping.path("returnShippingPayer").asString(null);
        RefundQuote quote = new RefundQuote(java.util.Currency.getInstance(root.path("currency").asString()),
                root.path("maxRefundable").asLong(), lines,
                new RefundQuote.ShippingAmount(shipping.path("refunded").asLong(),
                        payer == null ? null : ShippingPayer.valueOf(payer), List.of()),
                payments, funders, List.of(), root.path("eligible").asBoolean(true), List.of());
        return new FrozenQuote(quote, steps);
    }

    String stepsOf(String lineId) {
        return steps.getOrDefault(lineId, "[]");
    }
}
