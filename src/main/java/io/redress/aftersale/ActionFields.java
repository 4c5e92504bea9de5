package io.redress.aftersale;

import static io.redress.aftersale.CaseAction.*;

import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which body fields each party action of the REST API takes: turns the fields of a body into the action's
 * {@link CaseCommand}, and checks a command against what its case is (type, goods).
 */
final class ActionFields {

    private static final Map<CaseAction, Set<String>> TAKES = new EnumMap<>(Map.ofEntries(
            Map.entry(AGREE, Set.of("returnAddress")),
            Map.entry(PROPOSE, Set.of("amount", "returnAddress", "message")),
            Map.entry(ACCEPT_PROPOSAL, Set.of()),
            Map.entry(REJECT_PROPOSAL, Set.of("message")),
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

    /**
     * The body fields (by API name, version aside) the party action takes, each with whether the action needs it:
     * a field is needed when its command refuses a body that lacks it and has every other field.
     */
    static Map<String, Boolean> fields(CaseAction action) {
        Map<String, Boolean> fields = new java.util.TreeMap<>();
        Set<String> takes = TAKES.get(action);
        if (takes == null) {
            return fields;
        }
        for (String field : takes) {
            Map<String, Object> without = new LinkedHashMap<>(Map.of("version", 1L));
            takes.stream().filter(f -> !f.equals(field)).forEach(f -> without.put(f, sample(f)));
            boolean needed;
            try {
                build(action, new Body(without));
                needed = false;
            } catch (InvalidRequest refused) {
                needed = refused.errors().stream().anyMatch(e -> e.field().equals(field));
            }
            fields.put(field, needed);
        }
        return fields;
    }

    private static Object sample(String field) {
        return switch (field) {
            case "amount", "requestedAmount", "version" -> 1L;
            case "reason" -> CaseReason.QUALITY;
            case "evidenceIds" -> List.of("evidence-1");
            default -> "text";
        };
    }

    /** 404 for an unknown action; 400 naming every present field the action does not take, and the command's own. */
    static CaseCommand command(String path, Map<String, ?> fields) {
        CaseAction action = CaseAction.ofPath(path).orElseThrow(() -> new ResourceNotFound("case action", path));
        List<InvalidField> errors = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (value != null && !field.equals("version") && !TAKES.get(action).contains(field)) {
                errors.add(new InvalidField(field, "is not taken by " + path));
            }
        });
        CaseCommand command = null;
        try {
            command = build(action, new Body(fields));
        } catch (InvalidRequest invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return command;
    }

    private static CaseCommand build(CaseAction action, Body b) {
        Long v = b.get("version", Long.class);
        return switch (action) {
            case AGREE -> new CaseCommand.Agree(v, b.text("returnAddress"));
            case PROPOSE -> new CaseCommand.Propose(v, b.get("amount", Long.class), b.text("returnAddress"),
                    b.text("message"));
            case ACCEPT_PROPOSAL -> new CaseCommand.AcceptProposal(v);
            case REJECT_PROPOSAL -> new CaseCommand.RejectProposal(v, b.text("message"));
            case REFUSE -> new CaseCommand.Refuse(v, b.text("reasonCode"), b.text("message"), b.ids());
            case REVISE -> new CaseCommand.Revise(v, b.get("requestedAmount", Long.class),
                    b.get("reason", CaseReason.class), b.text("description"));
            case CANCEL -> new CaseCommand.Cancel(v);
            case SHIP_RETURN -> new CaseCommand.ShipReturn(v, b.text("carrier"), b.text("trackingNo"));
            case CONFIRM_RECEIPT -> new CaseCommand.ConfirmReceipt(v);
            case REFUSE_RECEIPT -> new CaseCommand.RefuseReceipt(v, b.text("reasonCode"), b.text("message"), b.ids());
            case ESCALATE -> new CaseCommand.Escalate(v, b.text("message"));
            case SHIP_REPLACEMENT -> new CaseCommand.ShipReplacement(v, b.text("carrier"), b.text("trackingNo"));
            case CONFIRM_REPLACEMENT -> new CaseCommand.ConfirmReplacement(v);
            case APPEAL -> new CaseCommand.Appeal(v, b.text("message"), b.ids());
            default -> throw new IllegalArgumentException(action + " is no party action");
        };
    }

    /** 400 naming what the command lacks or must not carry for this case's type and goods. */
    static void check(Case c, CaseCommand command) {
        List<InvalidField> errors = new ArrayList<>();
        boolean returnsGoods = c.type() != CaseType.REFUND_ONLY;
        if (command instanceof CaseCommand.Agree agree) {
            if (returnsGoods && agree.returnAddress() == null) {
                errors.add(new InvalidField("returnAddress", "is required to agree to a return or exchange"));
            }
            if (!returnsGoods && agree.returnAddress() != null) {
                errors.add(new InvalidField("returnAddress", "a refund-only case returns no goods"));
            }
        }
        if (command instanceof CaseCommand.Propose propose) {
            if (returnsGoods && propose.returnAddress() == null) {
                errors.add(new InvalidField("returnAddress", "is required to propose terms for a return"));
            }
            if (!returnsGoods && propose.returnAddress() != null) {
                errors.add(new InvalidField("returnAddress", "a refund-only case returns no goods"));
            }
        }
        boolean afterReceipt = command instanceof CaseCommand.RefuseReceipt
                || command instanceof CaseCommand.Refuse && c.goods() == GoodsStage.RECEIVED;
        List<String> evidenceIds = evidenceIds(command);
        if (afterReceipt && (evidenceIds == null || evidenceIds.isEmpty())) {
            errors.add(new InvalidField("evidenceIds", "a refusal after receipt needs at least one evidence id"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> evidenceIds(CaseCommand command) {
        return (List<String>) command.fields().get("evidenceIds");
    }

    /** What the timeline keeps of the command besides version and message. */
    static Map<String, Object> details(CaseCommand command) {
        Map<String, Object> details = new LinkedHashMap<>(command.fields());
        details.remove("message");
        details.remove("description");
        return details;
    }

    /** The words the party gave with the action: a message, or a revision's description. */
    static String note(CaseCommand command) {
        Object message = command.fields().get("message");
        return (String) (message != null ? message : command.fields().get("description"));
    }

    /** The present body fields, typed as the API reads them. */
    private record Body(Map<String, ?> fields) {

        <T> T get(String name, Class<T> type) {
            Object value = fields.get(name);
            if (value != null && !type.isInstance(value)) {
                throw new InvalidRequest(name, "is not a " + type.getSimpleName());
            }
            return type.cast(value);
        }

        String text(String name) {
            return get(name, String.class);
        }

        @SuppressWarnings("unchecked")
        List<String> ids() {
            return get("evidenceIds", List.class);
        }
    }
}
