package io.redress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What the REST contract (docs/api-contract.md) promises: operations, response codes, fields and their types, enums. */
final class ApiMd {

    static final String MONEY = "integer int64";
    static final String INSTANT = "string date-time";
    static final String TYPES = values("REFUND_ONLY", "RETURN_AND_REFUND", "EXCHANGE");
    static final String REASONS = values("NO_REASON", "QUALITY", "NOT_AS_DESCRIBED", "NOT_RECEIVED",
            "DAMAGED_ON_ARRIVAL", "WRONG_ITEM", "MISSING_PARTS", "OTHER");
    static final String STATUSES = values("REQUESTED", "SELLER_REFUSED", "AWAITING_RETURN", "RETURN_SHIPPED",
            "REFUNDING", "REFUNDED", "CLOSED", "AWAITING_REPLACEMENT", "REPLACEMENT_SHIPPED", "COMPLETED");
    static final String INTERVENTIONS = values("NONE", "REQUESTED", "ACCEPTED", "NOT_ACCEPTED", "WITHDRAWN",
            "EVIDENCE", "SUSPENDED", "FIRST_REVIEW", "RULED", "APPEAL_OPEN", "SUPERVISOR_REVIEW", "FINAL");
    static final String CLOSE_REASONS = values("BUYER_CANCELLED", "BUYER_REVISE_TIMEOUT", "BUYER_RETURN_TIMEOUT",
            "SELLER_SHIPPED", "RULED_FOR_SELLER", "REJECTED_AT_INTAKE", "SETTLED_BY_CHARGEBACK");
    static final String DISCOUNT_KINDS = values("SHOP_COUPON", "PLATFORM_COUPON", "FULL_REDUCTION", "RED_PACKET",
            "POINTS");
    static final String NO_REASON_RETURN = values("SUPPORTED", "EXCLUDED_CUSTOM_MADE", "EXCLUDED_PERISHABLE",
            "EXCLUDED_DIGITAL_UNSEALED", "EXCLUDED_PERIODICAL", "EXCLUDED_CONFIRMED_BY_BUYER");
    static final String FUNDERS = values("SELLER", "PLATFORM");
    static final String FULFILMENT_EVENTS = values("SHIPPED", "SIGNED");
    static final String REFUND_STATUSES = values("PENDING", "UNKNOWN", "SUCCEEDED", "FAILED");
    static final String ACTIONS = values("agree", "refuse", "revise", "cancel", "ship-return", "confirm-receipt",
            "refuse-receipt", "escalate", "ship-replacement", "confirm-replacement", "appeal", "propose",
            "accept-proposal", "reject-proposal");

    /** Every operation of the contract and the response codes it names or implies, the success code first. */
    static final Map<String, List<String>> RESPONSES = new LinkedHashMap<>();
    /** Per request or response body ("METHOD /path request|CODE"): field path to JSON type. */
    static final Map<String, Map<String, String>> BODIES = new LinkedHashMap<>();
    /** Per body: the fields a request must carry, or an answer always carries. */
    static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        RESPONSES.put("POST /api/v1/orders", List.of("201", "200", "400", "401", "403", "409", "422"));
        RESPONSES.put("GET /api/v1/orders/{orderId}", List.of("200", "401", "404"));
        RESPONSES.put("POST /api/v1/orders/{orderId}/fulfilment", List.of("200", "400", "401", "403", "404", "409", "422"));
        RESPONSES.put("POST /api/v1/orders/{orderId}/refund-quotes", List.of("200", "400", "401", "403", "404", "422"));
        RESPONSES.put("POST /api/v1/cases", List.of("201", "400", "401", "403", "404", "409", "422"));
        RESPONSES.put("GET /api/v1/cases", List.of("200", "400", "401"));
        RESPONSES.put("GET /api/v1/cases/{caseId}", List.of("200", "401", "404"));
        RESPONSES.put("GET /api/v1/cases/{caseId}/timeline", List.of("200", "401", "404"));
        RESPONSES.put("POST /api/v1/cases/{caseId}/{action}", List.of("200", "400", "401", "403", "404", "409", "422"));
        RESPONSES.put("POST /api/v1/cases/{caseId}/evidence", List.of("201", "400", "401", "403", "404"));
        RESPONSES.put("POST /api/v1/cases/{caseId}/messages", List.of("201", "400", "401", "403", "404", "409", "422"));
        RESPONSES.put("GET /api/v1/cases/{caseId}/messages", List.of("200", "401", "404"));
        RESPONSES.put("GET /api/v1/inbox", List.of("200", "401", "403"));
        RESPONSES.put("GET /api/v1/cases/{caseId}/refunds", List.of("200", "401", "404"));
        RESPONSES.put("POST /api/v1/auth/token", List.of("200", "400", "401"));
        RESPONSES.put("GET /api/v1/admin/clock", List.of("200", "401", "403"));
        RESPONSES.put("POST /api/v1/admin/clock/advance", List.of("200", "400", "401", "403", "409"));

        Map<String, String> orderIn = fields("orderId", "string", "buyerId", "string", "shopId", "string",
                "currency", "string", "placedAt", INSTANT, "paidAt", INSTANT,
                "lines[].lineId", "string", "lines[].sku", "string", "lines[].title", "string",
                "lines[].category", "string", "lines[].quantity", "integer", "lines[].unitPrice", MONEY,
                "lines[].virtual", "boolean", "lines[].noReasonReturn", NO_REASON_RETURN, "lines[].gift", "boolean",
                "lines[].giftValue", MONEY, "discounts[].discountId", "string", "discounts[].kind", DISCOUNT_KINDS,
                "discounts[].amount", MONEY, "discounts[].fundedBy", FUNDERS, "discounts[].appliesTo", "array",
                "discounts[].threshold", MONEY, "shippingFee", MONEY, "freeShipping", "boolean",
                "payments[].paymentId", "string", "payments[].method", "any", "payments[].amount", MONEY,
                "payments[].pspReference", "string");
        BODIES.put("POST /api/v1/orders request", orderIn);
        Map<String, String> orderOut = new LinkedHashMap<>(orderIn);
        orderOut.putAll(fields("lines[].paidAmount", MONEY, "lines[].discountShares[].discountId", "string",
                "lines[].discountShares[].amount", MONEY, "lines[].discountShares[].fundedBy", FUNDERS,
                "lines[].shippedAt", INSTANT, "lines[].signedAt", INSTANT,
                "lines[].refunds.refundedAmount", MONEY, "lines[].refunds.refundedQuantity", "integer"));
        BODIES.put("POST /api/v1/orders 201", orderOut);
        BODIES.put("GET /api/v1/orders/{orderId} 200", orderOut);
        BODIES.put("POST /api/v1/orders/{orderId}/fulfilment request", fields("event", FULFILMENT_EVENTS,
                "lineIds", "array", "at", INSTANT, "carrier", "string", "trackingNo", "string"));
        BODIES.put("POST /api/v1/orders/{orderId}/fulfilment 200", orderOut);

        BODIES.put("POST /api/v1/orders/{orderId}/refund-quotes request", fields("type", TYPES, "reason", REASONS,
                "lines[].lineId", "string", "lines[].quantity", "integer"));
        BODIES.put("POST /api/v1/orders/{orderId}/refund-quotes 200", fields("currency", "string",
                "maxRefundable", MONEY, "lines[].lineId", "string", "lines[].quantity", "integer",
                "lines[].amount", MONEY, "lines[].steps[].rule", "string", "lines[].steps[].label", "string",
                "lines[].steps[].amount", MONEY, "shipping.refunded", MONEY, "shipping.returnShippingPayer", "any",
                "byPayment[].paymentId", "string", "byPayment[].amount", MONEY, "byFunder", "object",
                "eligible", "boolean", "ineligibleReasons", "array"));

        BODIES.put("POST /api/v1/cases request", fields("orderId", "string", "type", TYPES, "reason", REASONS,
                "lines[].lineId", "string", "lines[].quantity", "integer", "requestedAmount", MONEY,
                "description", "string"));
        Map<String, String> aCase = fields("caseId", "string", "orderId", "string", "buyerId", "string",
                "shopId", "string", "type", TYPES, "reason", REASONS, "status", STATUSES,
                "intervention", INTERVENTIONS, "currency", "string", "requestedAmount", MONEY, "agreedAmount", MONEY,
                "refundedAmount", MONEY, "lines[].lineId", "string", "lines[].quantity", "integer",
                "deadline.at", INSTANT, "deadline.party", "string", "deadline.onExpiry", "string",
                "allowedActions[]", ACTIONS, "closeReason", CLOSE_REASONS, "version", "integer int64",
                "createdAt", INSTANT, "updatedAt", INSTANT);
        BODIES.put("POST /api/v1/cases 201", aCase);
        BODIES.put("GET /api/v1/cases/{caseId} 200", aCase);
        BODIES.put("POST /api/v1/cases/{caseId}/{action} 200", aCase);
        BODIES.put("GET /api/v1/cases 200", fields("items[].caseId", "string", "items[].status", STATUSES));
        BODIES.put("POST /api/v1/cases/{caseId}/messages request", fields("text", "string", "evidenceIds", "array"));
        BODIES.put("POST /api/v1/cases/{caseId}/messages 201", fields("messageId", "string", "text", "string",
                "evidenceIds", "array", "writtenAt", INSTANT));
        BODIES.put("GET /api/v1/cases/{caseId}/messages 200", fields("[].text", "string", "[].writtenAt", INSTANT));
        BODIES.put("GET /api/v1/inbox 200", fields("items[].caseId", "string", "items[].dueAt", INSTANT));
        BODIES.put("GET /api/v1/cases/{caseId}/timeline 200", fields("[].at", INSTANT, "[].actor", "string",
                "[].action", "string", "[].from", STATUSES, "[].to", STATUSES));
        BODIES.put("POST /api/v1/cases/{caseId}/{action} request", fields("version", "integer int64",
                "returnAddress", "string", "amount", MONEY, "reasonCode", "string", "message", "string",
                "evidenceIds", "array", "requestedAmount", MONEY, "reason", REASONS, "description", "string",
                "carrier", "string", "trackingNo", "string"));
        BODIES.put("GET /api/v1/cases/{caseId}/refunds 200", fields("[].refundId", "string", "[].paymentId", "string",
                "[].amount", MONEY, "[].status", REFUND_STATUSES, "[].externalKey", "string",
                "[].attempts", "integer", "[].updatedAt", INSTANT));

        BODIES.put("POST /api/v1/auth/token request", fields("username", "string", "password", "string"));
        BODIES.put("POST /api/v1/auth/token 200", fields("token", "string", "expiresAt", INSTANT, "roles", "array"));
        BODIES.put("POST /api/v1/admin/clock/advance request", fields("duration", "string"));
        BODIES.put("GET /api/v1/admin/clock 200", fields("now", INSTANT));

        REQUIRED.put("POST /api/v1/orders request", List.of("orderId", "buyerId", "shopId", "currency", "placedAt",
                "paidAt", "lines", "payments", "lines[].lineId", "lines[].sku", "lines[].title", "lines[].quantity",
                "lines[].unitPrice", "discounts[].discountId", "discounts[].kind", "discounts[].amount",
                "discounts[].fundedBy", "payments[].paymentId", "payments[].method", "payments[].amount"));
        REQUIRED.put("POST /api/v1/orders/{orderId}/fulfilment request", List.of("event"));
        REQUIRED.put("POST /api/v1/orders/{orderId}/refund-quotes request", List.of("type", "reason", "lines",
                "lines[].lineId", "lines[].quantity"));
        REQUIRED.put("POST /api/v1/cases request", List.of("orderId", "type", "reason", "lines", "lines[].lineId",
                "lines[].quantity"));
        REQUIRED.put("POST /api/v1/cases/{caseId}/{action} request", List.of("version"));
        REQUIRED.put("POST /api/v1/cases/{caseId}/messages request", List.of("text"));
        REQUIRED.put("POST /api/v1/orders/{orderId}/refund-quotes 200", List.of("currency", "maxRefundable", "lines",
                "shipping", "byPayment", "byFunder", "eligible", "ineligibleReasons"));
        REQUIRED.put("POST /api/v1/cases 201", List.of("caseId", "orderId", "status", "intervention", "currency",
                "requestedAmount", "refundedAmount", "lines", "allowedActions", "version"));
        REQUIRED.put("POST /api/v1/auth/token request", List.of("username", "password"));
        REQUIRED.put("POST /api/v1/admin/clock/advance request", List.of("duration"));
    }

    private ApiMd() {
    }

    /** An enum in the words of {@link OpenApiDocument#describe}: sorted, so that declaration order does not matter. */
    static String values(String... values) {
        return "enum:" + String.join("|", new TreeSet<>(List.of(values)));
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
