package io.redress.aftersale;

import static io.redress.aftersale.CaseAction.*;

import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which body fields each party action takes (API.md's action table), and which of them it requires. */
final class ActionFields {

    private static final Map<CaseAction, Set<String>> TAKES = new EnumMap<>(Map.ofEntries(
            Map.entry(AGREE, Set.of("amount", "returnAddress")),
            Map.entry(REFUSE, Set.of("reasonCode", "message", "evidenceIds")),
            Map.entry(REVISE, Set.of("requestedAmount", "reason", "description")),
            Map.entry(CANCEL, Set.of()),
            Map.entry(SHIP_RETURN, Set.of("carrier", "trackingNo")),
            Map.entry(CONFIRM_RECEIPT, Set.of()),
            Map.entry(REFUSE_RECEIPT, Set.of("reasonCode", "message", "evidenceIds")),
            Map.entry(ESCALATE, Set.of("message")),
            Map.entry(SHIP_REPLACEMENT, Set.of("carrier", "trackingNo")),
            Map.entry(CONFIRM_REPLACEMENT, Set.of()),
            Map.entry(APPEAL, Set.of("message", "evidenceIds"))));

    private ActionFields() {
    }

    /** 400 naming every field the action does not take, needs but lacks, or that is blank. */
    static void check(CaseAction action, Case c, ActionRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        if (request.version() == null) {
            errors.add(new InvalidField("version", "is required: the case version the action is based on"));
        }
        Set<String> takes = TAKES.getOrDefault(action, Set.of());
        present(request).forEach((field, value) -> {
            if (!takes.contains(field)) {
                errors.add(new InvalidField(field, "is not taken by " + action.path().orElseThrow()));
            } else if (value instanceof String s && s.isBlank()) {
                errors.add(new InvalidField(field, "must not be blank"));
            }
        });
        boolean returnsGoods = c.type() != CaseType.REFUND_ONLY;
        switch (action) {
            case AGREE -> {
                if (returnsGoods && request.returnAddress() == null) {
                    errors.add(new InvalidField("returnAddress", "is required to agree to a return or exchange"));
                }
                if (!returnsGoods && request.returnAddress() != null) {
                    errors.add(new InvalidField("returnAddress", "a refund-only case returns no goods"));
                }
                if (c.type() == CaseType.EXCHANGE && request.amount() != null) {
                    errors.add(new InvalidField("amount", "an exchange refunds nothing"));
                }
            }
            case REFUSE, REFUSE_RECEIPT -> {
                require(errors, "reasonCode", request.reasonCode());
                require(errors, "message", request.message());
                boolean afterReceipt = action == REFUSE_RECEIPT || c.goods() == GoodsStage.RECEIVED;
                if (afterReceipt && (request.evidenceIds() == null || request.evidenceIds().isEmpty())) {
                    errors.add(new InvalidField("evidenceIds", "a refusal after receipt needs at least one evidence id"));
                }
            }
            case SHIP_RETURN, SHIP_REPLACEMENT -> {
                require(errors, "carrier", request.carrier());
                require(errors, "trackingNo", request.trackingNo());
            }
            case APPEAL -> require(errors, "message", request.message());
            default -> {
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /** What the timeline keeps of the request besides version and message. */
    static Map<String, Object> details(ActionRequest request) {
        Map<String, Object> details = present(request);
        details.remove("message");
        details.remove("description");
        return details;
    }

    private static Map<String, Object> present(ActionRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "amount", request.amount());
        put(fields, "returnAddress", request.returnAddress());
        put(fields, "reasonCode", request.reasonCode());
        put(fields, "message", request.message());
        put(fields, "evidenceIds", request.evidenceIds());
        put(fields, "requestedAmount", request.requestedAmount());
        put(fields, "reason", request.reason() == null ? null : request.reason().name());
        put(fields, "description", request.description());
        put(fields, "carrier", request.carrier());
        put(fields, "trackingNo", request.trackingNo());
        return fields;
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static void require(List<InvalidField> errors, String field, String value) {
        if (value == null) {
            errors.add(new InvalidField(field, "is required"));
        }
    }
}
