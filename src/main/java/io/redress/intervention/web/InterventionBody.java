package io.redress.intervention.web;

import static io.redress.intervention.InterventionAction.*;

import io.redress.aftersale.Actor;
import io.redress.intervention.DeclineReason;
import io.redress.intervention.FaultParty;
import io.redress.intervention.InterventionAction;
import io.redress.intervention.InterventionCommand;
import io.redress.intervention.ReviewDecision;
import io.redress.intervention.RulingOutcome;
import io.redress.intervention.SuspensionGround;
import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/interventions/{caseId}/{action}}: the case version and the fields of that action
 * (400 naming every field the action does not take or lacks).
 */
record InterventionBody(
        @NotNull @PositiveOrZero Long version,
        @Schema(description = "reassign: the agent's username") @Size(max = 100) String agent,
        @Schema(description = "decline") DeclineReason reasonCode,
        @Schema(description = "request-evidence: BUYER or SELLER") Actor party,
        @Schema(description = "request-evidence: what is asked for") @Size(max = 2000) String what,
        @Schema(description = "request-evidence: by when") OffsetDateTime dueAt,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> evidenceIds,
        @Schema(description = "submit-evidence") @Size(max = 4000) String statement,
        @Schema(description = "submit-evidence: true keeps it a draft the party may still change") Boolean draft,
        @Schema(description = "propose-settlement, rule (PARTIAL_REFUND): fen") @Positive Long amount,
        @Schema(description = "propose-settlement") @Size(max = 2000) String terms,
        RulingOutcome outcome,
        FaultParty faultParty,
        @Schema(description = "rule, review: the written reasons") @Size(max = 4000) String reasons,
        @Schema(description = "appeal") @Size(max = 4000) String message,
        @Schema(description = "review: UPHELD or OVERTURNED") ReviewDecision decision,
        @Schema(description = "review, on an overturn after money moved: book a receivable against the buyer "
                + "instead of compensating the seller") Boolean recoverFromBuyer,
        SuspensionGround ground) {

    private static final Map<InterventionAction, Set<String>> TAKES = new EnumMap<>(Map.ofEntries(
            Map.entry(CLAIM, Set.of()), Map.entry(RELEASE, Set.of()), Map.entry(REASSIGN, Set.of("agent")),
            Map.entry(ACCEPT, Set.of()), Map.entry(DECLINE, Set.of("reasonCode")),
            Map.entry(REQUEST_EVIDENCE, Set.of("party", "what", "dueAt")),
            Map.entry(SUBMIT_EVIDENCE, Set.of("evidenceIds", "statement", "draft")),
            Map.entry(EXTEND_EVIDENCE, Set.of()), Map.entry(PROPOSE_SETTLEMENT, Set.of("amount", "terms")),
            Map.entry(ACCEPT_SETTLEMENT, Set.of()),
            Map.entry(RULE, Set.of("outcome", "amount", "faultParty", "reasons", "evidenceIds")),
            Map.entry(APPEAL, Set.of("message", "evidenceIds")),
            Map.entry(REVIEW, Set.of("decision", "reasons", "recoverFromBuyer")),
            Map.entry(SUSPEND, Set.of("ground")), Map.entry(RESUME, Set.of()), Map.entry(WITHDRAW, Set.of())));

    private static final Map<InterventionAction, Set<String>> REQUIRES = new EnumMap<>(Map.ofEntries(
            Map.entry(REASSIGN, Set.of("agent")), Map.entry(DECLINE, Set.of("reasonCode")),
            Map.entry(REQUEST_EVIDENCE, Set.of("party", "what", "dueAt")),
            Map.entry(PROPOSE_SETTLEMENT, Set.of("amount", "terms")),
            Map.entry(RULE, Set.of("faultParty", "reasons")),
            Map.entry(APPEAL, Set.of("message", "evidenceIds")),
            Map.entry(REVIEW, Set.of("decision", "reasons")), Map.entry(SUSPEND, Set.of("ground"))));

    /** The command of the action named by the path: 404 for an unknown action, 400 naming the fields. */
    InterventionCommand toCommand(String path) {
        InterventionAction action = InterventionAction.ofPath(path)
                .orElseThrow(() -> new ResourceNotFound("intervention action", path));
        Map<String, Object> fields = fields();
        List<InvalidField> errors = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (value != null && !TAKES.get(action).contains(field)) {
                errors.add(new InvalidField(field, "is not taken by " + path));
            }
        });
        for (String field : REQUIRES.getOrDefault(action, Set.of())) {
            Object value = fields.get(field);
            if (value == null || (value instanceof String s && s.isBlank())
                    || (value instanceof List<?> l && l.isEmpty())) {
                errors.add(new InvalidField(field, "is required by " + path));
            }
        }
        if (action == REQUEST_EVIDENCE && party != null && party != Actor.BUYER && party != Actor.SELLER) {
            errors.add(new InvalidField("party", "must be BUYER or SELLER"));
        }
        if (action == SUBMIT_EVIDENCE && !Boolean.TRUE.equals(draft) && (statement == null || statement.isBlank())
                && (evidenceIds == null || evidenceIds.isEmpty())) {
            errors.add(new InvalidField("statement", "a submission needs a statement or evidenceIds"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return command(action);
    }

    private InterventionCommand command(InterventionAction action) {
        long v = version;
        List<String> ids = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        return switch (action) {
            case CLAIM -> new InterventionCommand.Claim(v);
            case RELEASE -> new InterventionCommand.Release(v);
            case REASSIGN -> new InterventionCommand.Reassign(v, agent);
            case ACCEPT -> new InterventionCommand.Accept(v);
            case DECLINE -> new InterventionCommand.Decline(v, reasonCode);
            case REQUEST_EVIDENCE -> new InterventionCommand.RequestEvidence(v, party, what, dueAt.toInstant());
            case SUBMIT_EVIDENCE -> new InterventionCommand.SubmitEvidence(v, ids, statement, Boolean.TRUE.equals(draft));
            case EXTEND_EVIDENCE -> new InterventionCommand.ExtendEvidence(v);
            case PROPOSE_SETTLEMENT -> new InterventionCommand.ProposeSettlement(v, amount, terms);
            case ACCEPT_SETTLEMENT -> new InterventionCommand.AcceptSettlement(v);
            case RULE -> new InterventionCommand.Rule(v, outcome, amount, faultParty, reasons, ids);
            case APPEAL -> new InterventionCommand.Appeal(v, message, ids);
            case REVIEW -> new InterventionCommand.Review(v, decision, reasons, Boolean.TRUE.equals(recoverFromBuyer));
            case SUSPEND -> new InterventionCommand.Suspend(v, ground);
            case RESUME -> new InterventionCommand.Resume(v);
            case WITHDRAW -> new InterventionCommand.Withdraw(v);
            default -> throw new ResourceNotFound("intervention action", action.label());
        };
    }

    private Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("agent", agent);
        f.put("reasonCode", reasonCode);
        f.put("party", party);
        f.put("what", what);
        f.put("dueAt", dueAt);
        f.put("evidenceIds", evidenceIds);
        f.put("statement", statement);
        f.put("draft", draft);
        f.put("amount", amount);
        f.put("terms", terms);
        f.put("outcome", outcome);
        f.put("faultParty", faultParty);
        f.put("reasons", reasons);
        f.put("message", message);
        f.put("decision", decision);
        f.put("recoverFromBuyer", recoverFromBuyer);
        f.put("ground", ground);
        return f;
    }
}
