package io.redress.orders.web;

import static io.redress.orders.Callers.marketplace;
import static io.redress.orders.OrderJson.discount;
import static io.redress.orders.OrderJson.line;
import static io.redress.orders.OrderJson.payment;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.orders.OrderJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SuppressWarnings("unchecked")
/** Every refusal of POST /api/v1/orders: its status, the field it names, and that nothing was stored. */
@RedressIntegrationTest
class OrderValidationIntegrationTest {

    @Autowired
    MockMvc mvc;

    static Arguments refused(String rule, int status, String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(rule, status, field, spoil);
    }

    static Stream<Arguments> spoiledOrders() {
        return Stream.of(
                refused("buyerId is required", 400, "buyerId", o -> o.remove("buyerId")),
                refused("shopId must not be blank", 400, "shopId", o -> o.put("shopId", " ")),
                refused("orderId must be URL-safe", 400, "orderId", o -> o.put("orderId", "a/b " + o.get("orderId"))),
                refused("currency must be ISO 4217", 400, "currency", o -> o.put("currency", "XYZ")),
                refused("paidAt is required", 400, "paidAt", o -> o.remove("paidAt")),
                refused("lines must not be empty", 400, "lines", o -> o.put("lines", List.of())),
                refused("payments are required", 400, "payments", o -> o.remove("payments")),
                refused("quantity at least 1", 400, "lines[0].quantity", o -> line(o, 0).put("quantity", 0)),
                refused("unitPrice not negative", 400, "lines[0].unitPrice", o -> line(o, 0).put("unitPrice", -1)),
                refused("unitPrice within the amount range", 400, "lines[0].unitPrice",
                        o -> line(o, 0).put("unitPrice", 1_000_000_000_001L)),
                refused("unitPrice × quantity fits in 64 bits", 422, "lines[0].unitPrice", o -> {
                    line(o, 0).put("unitPrice", 1_000_000_000_000L);
                    line(o, 0).put("quantity", 2_000_000_000);
                }),
                refused("sku is required", 400, "lines[0].sku", o -> line(o, 0).remove("sku")),
                refused("noReasonReturn is a known value", 400, "lines[0].noReasonReturn",
                        o -> line(o, 0).put("noReasonReturn", "NEVER")),
                refused("discount kind is a known value", 400, "discounts[0].kind", o -> discount(o, 0).put("kind", "BOGO")),
                refused("fundedBy is required", 400, "discounts[0].fundedBy", o -> discount(o, 0).remove("fundedBy")),
                refused("discount amount not negative", 400, "discounts[0].amount", o -> discount(o, 0).put("amount", -5)),
                refused("payment method is a known value", 400, "payments[0].method",
                        o -> payment(o, 0).put("method", "CASH_IN_ENVELOPE")),
                refused("a payment pays at least 1 fen", 400, "payments[1].amount", o -> {
                    Map<String, Object> nothing = new LinkedHashMap<>(payment(o, 0));
                    nothing.put("paymentId", "P0");
                    nothing.put("amount", 0);
                    ((List<Object>) o.get("payments")).add(nothing);
                }),
                refused("shippingFee not negative", 400, "shippingFee", o -> o.put("shippingFee", -800)),
                refused("paidAt not before placedAt", 422, "paidAt", o -> o.put("paidAt", "2026-11-20T09:59:00+08:00")),
                refused("lineIds are unique", 422, "lines[1].lineId", o -> addLine(o, "L1", 0)),
                refused("discountIds are unique", 422, "discounts[1].discountId", o -> {
                    Map<String, Object> again = new LinkedHashMap<>(discount(o, 0));
                    again.put("amount", 0);
                    ((List<Object>) o.get("discounts")).add(again);
                }),
                refused("paymentIds are unique", 422, "payments[1].paymentId", o -> splitPayment(o, "P1")),
                refused("appliesTo names lines of the order", 422, "discounts[0].appliesTo[0]",
                        o -> discount(o, 0).put("appliesTo", List.of("L9"))),
                refused("threshold is reached by its lines", 422, "discounts[0].threshold",
                        o -> discount(o, 0).put("threshold", 19801)),
                refused("a discount is no larger than its lines", 422, "discounts[0].amount", o -> {
                    discount(o, 0).put("amount", 19900);
                    discount(o, 0).remove("threshold");
                    payment(o, 0).put("amount", 700);
                }),
                refused("payments add up", 422, "payments", o -> payment(o, 0).put("amount", 19599)),
                refused("a gift line declares its value", 422, "lines[1].giftValue", o -> {
                    addLine(o, "G1", 0);
                    line(o, 1).put("gift", true);
                }),
                refused("giftFor names a main line", 422, "lines[1].giftFor", o -> {
                    addLine(o, "G1", 0);
                    line(o, 1).put("gift", true);
                    line(o, 1).put("giftValue", 1500);
                    line(o, 1).put("giftFor", "G1");
                }),
                refused("confirmed exclusion needs the buyer's confirmation", 422, "lines[0].noReasonReturnConfirmedAt",
                        o -> line(o, 0).put("noReasonReturn", "EXCLUDED_CONFIRMED_BY_BUYER")),
                refused("free shipping charges no shipping fee", 422, "shippingFee", o -> o.put("freeShipping", true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledOrders")
    void refusesAnInvalidOrderNamingTheFieldAndStoresNothing(String rule, int status, String field,
            Consumer<Map<String, Object>> spoil) throws Exception {
        String id = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(id);
        spoil.accept(order);
        mvc.perform(post("/api/v1/orders").with(marketplace())
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(order)))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        mvc.perform(get("/api/v1/orders/" + id).with(marketplace())).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void refusesAnUnreadableBodyWith400(String rule, String body) throws Exception {
        mvc.perform(post("/api/v1/orders").with(marketplace())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());
    }

    static Stream<Arguments> unreadableBodies() {
        String example = OrderJson.write(OrderJson.example(OrderJson.freshId()));
        return Stream.of(
                Arguments.of("unknown field", example.replace("\"shippingFee\"", "\"discountCode\":\"X\",\"shippingFee\"")),
                Arguments.of("amount beyond 64 bits", example.replace("\"shippingFee\":800", "\"shippingFee\":92233720368547758070")),
                Arguments.of("amount as a decimal", example.replace("\"shippingFee\":800", "\"shippingFee\":\"8.00\"")),
                Arguments.of("malformed timestamp", example.replace("2026-11-20T10:00:00+08:00", "yesterday")),
                Arguments.of("not JSON", "{\"orderId\":"));
    }

    private static void addLine(Map<String, Object> order, String lineId, long unitPrice) {
        Map<String, Object> copy = new LinkedHashMap<>(line(order, 0));
        copy.put("lineId", lineId);
        copy.put("quantity", 1);
        copy.put("unitPrice", unitPrice);
        ((List<Object>) order.get("lines")).add(copy);
    }

    private static void splitPayment(Map<String, Object> order, String paymentId) {
        payment(order, 0).put("amount", 9600);
        Map<String, Object> second = new LinkedHashMap<>(payment(order, 0));
        second.put("paymentId", paymentId);
        second.put("amount", 10000);
        ((List<Object>) order.get("payments")).add(second);
    }
}
