package io.redress.aftersale;

import java.util.List;
import java.util.Map;

/**
 * A party's action on a case, one record per action of the REST API, each with only the fields that
 * action takes. A record refuses (400 naming the body field) a missing version, a blank text or a missing field
 * the action needs; what depends on the case itself (a return address for goods coming back, evidence after
 * receipt) is checked by {@link CaseDesk} against the case.
 */
public sealed interface CaseCommand {

    /** The case version the party saw. */
    Long version();

    CaseAction action();

    /** The body fields the command carries, by their API names, in the API's order; absent ones left out. */
    Map<String, Object> fields();

    /**
     * The command for the action named by an API path segment ({@code ship-return}) from the body fields present
     * (by API name): 404 for an unknown action, 400 naming each field the action does not take or refuses.
     */
    static CaseCommand of(String path, Map<String, ?> fields) {
        return ActionFields.command(path, fields);
    }

    /**
     * The body fields (by API name, besides version) the party action takes, each with whether it is required;
     * empty for an action no party takes through the API.
     */
    static Map<String, Boolean> fieldsOf(CaseAction action) {
        return ActionFields.fields(action);
    }

    /** Agreeing takes the request as it stands; another amount is a {@link Propose proposal} the buyer answers. */
    record Agree(Long version, String returnAddress) implements CaseCommand {
        public Agree {
            FieldCheck.of(version).text("returnAddress", returnAddress, false).done();
        }

        public CaseAction action() {
            return CaseAction.AGREE;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("returnAddress", returnAddress);
        }
    }

    record Refuse(Long version, String reasonCode, String message, List<String> evidenceIds) implements CaseCommand {
        public Refuse {
            FieldCheck.of(version).text("reasonCode", reasonCode, true).text("message", message, true).done();
            evidenceIds = FieldCheck.copy(evidenceIds);
        }

        public CaseAction action() {
            return CaseAction.REFUSE;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("reasonCode", reasonCode, "message", message, "evidenceIds", evidenceIds);
        }
    }

    record Revise(Long version, Long requestedAmount, CaseReason reason, String description) implements CaseCommand {
        public Revise {
            FieldCheck.of(version).text("description", description, false).done();
        }

        public CaseAction action() {
            return CaseAction.REVISE;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("requestedAmount", requestedAmount, "reason",
                    reason == null ? null : reason.name(), "description", description);
        }
    }

    record Cancel(Long version) implements CaseCommand {
        public Cancel {
            FieldCheck.of(version).done();
        }

        public CaseAction action() {
            return CaseAction.CANCEL;
        }

        public Map<String, Object> fields() {
            return Map.of();
        }
    }

    record ShipReturn(Long version, String carrier, String trackingNo) implements CaseCommand {
        public ShipReturn {
            FieldCheck.of(version).text("carrier", carrier, true).text("trackingNo", trackingNo, true).done();
        }

        public CaseAction action() {
            return CaseAction.SHIP_RETURN;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("carrier", carrier, "trackingNo", trackingNo);
        }
    }

    record ConfirmReceipt(Long version) implements CaseCommand {
        public ConfirmReceipt {
            FieldCheck.of(version).done();
        }

        public CaseAction action() {
            return CaseAction.CONFIRM_RECEIPT;
        }

        public Map<String, Object> fields() {
            return Map.of();
        }
    }

    record RefuseReceipt(Long version, String reasonCode, String message, List<String> evidenceIds)
            implements CaseCommand {
        public RefuseReceipt {
            FieldCheck.of(version).text("reasonCode", reasonCode, true).text("message", message, true).done();
            evidenceIds = FieldCheck.copy(evidenceIds);
        }

        public CaseAction action() {
            return CaseAction.REFUSE_RECEIPT;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("reasonCode", reasonCode, "message", message, "evidenceIds", evidenceIds);
        }
    }

    record Escalate(Long version, String message) implements CaseCommand {
        public Escalate {
            FieldCheck.of(version).text("message", message, false).done();
        }

        public CaseAction action() {
            return CaseAction.ESCALATE;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("message", message);
        }
    }

    record ShipReplacement(Long version, String carrier, String trackingNo) implements CaseCommand {
        public ShipReplacement {
            FieldCheck.of(version).text("carrier", carrier, true).text("trackingNo", trackingNo, true).done();
        }

        public CaseAction action() {
            return CaseAction.SHIP_REPLACEMENT;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("carrier", carrier, "trackingNo", trackingNo);
        }
    }

    record ConfirmReplacement(Long version) implements CaseCommand {
        public ConfirmReplacement {
            FieldCheck.of(version).done();
        }

        public CaseAction action() {
            return CaseAction.CONFIRM_REPLACEMENT;
        }

        public Map<String, Object> fields() {
            return Map.of();
        }
    }

    record Appeal(Long version, String message, List<String> evidenceIds) implements CaseCommand {
        public Appeal {
            FieldCheck.of(version).text("message", message, true).done();
            evidenceIds = FieldCheck.copy(evidenceIds);
        }

        public CaseAction action() {
            return CaseAction.APPEAL;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("message", message, "evidenceIds", evidenceIds);
        }
    }

    /** The seller's counter-proposal: another amount and/or, for a return, where the goods go back. */
    record Propose(Long version, Long amount, String returnAddress, String message) implements CaseCommand {
        public Propose {
            FieldCheck check = FieldCheck.of(version).text("returnAddress", returnAddress, false)
                    .text("message", message, false);
            if (amount == null && returnAddress == null) {
                check.add("amount", "a proposal names an amount, a return address or both");
            }
            check.done();
        }

        public CaseAction action() {
            return CaseAction.PROPOSE;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("amount", amount, "returnAddress", returnAddress, "message", message);
        }
    }

    record AcceptProposal(Long version) implements CaseCommand {
        public AcceptProposal {
            FieldCheck.of(version).done();
        }

        public CaseAction action() {
            return CaseAction.ACCEPT_PROPOSAL;
        }

        public Map<String, Object> fields() {
            return Map.of();
        }
    }

    record RejectProposal(Long version, String message) implements CaseCommand {
        public RejectProposal {
            FieldCheck.of(version).text("message", message, false).done();
        }

        public CaseAction action() {
            return CaseAction.REJECT_PROPOSAL;
        }

        public Map<String, Object> fields() {
            return FieldCheck.present("message", message);
        }
    }
}
