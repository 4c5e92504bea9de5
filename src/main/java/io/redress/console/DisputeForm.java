package io.redress.console;

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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * A dispute form of the console read into the intervention API's command: only the fields the action takes, the
 * ones it requires checked (400 naming them, as the REST API does), amounts typed in yuan, times in the
 * console's zone, evidence ids ticked as checkboxes.
 */
final class DisputeForm {

    private static final Map<InterventionAction, Set<String>> REQUIRES = new EnumMap<>(Map.ofEntries(
            Map.entry(REASSIGN, Set.of("agent")), Map.entry(DECLINE, Set.of("reasonCode")),
            Map.entry(REQUEST_EVIDENCE, Set.of("party", "what", "dueAt")),
            Map.entry(PROPOSE_SETTLEMENT, Set.of("amount", "terms")),
            Map.entry(RULE, Set.of("faultParty", "reasons")),
            Map.entry(APPEAL, Set.of("message", "evidenceIds")),
            Map.entry(REVIEW, Set.of("decision", "reasons")), Map.entry(SUSPEND, Set.of("ground"))));

    private final MultiValueMap<String, String> form;

    private DisputeForm(MultiValueMap<String, String> form) {
        this.form = form;
    }

    static InterventionCommand command(String path, MultiValueMap<String, String> form, ZoneId zone) {
        InterventionAction action = InterventionAction.ofPath(path)
                .orElseThrow(() -> new ResourceNotFound("intervention action", path));
        return new DisputeForm(form).read(action, zone);
    }

    private InterventionCommand read(InterventionAction action, ZoneId zone) {
        List<InvalidField> missing = new ArrayList<>();
        for (String field : REQUIRES.getOrDefault(action, Set.of())) {
            if (field.equals("evidenceIds") ? ids().isEmpty() : text(field, Integer.MAX_VALUE) == null) {
                missing.add(new InvalidField(field, "is required by " + action.label()));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequest(missing);
        }
        long v = number("version");
        return switch (action) {
            case CLAIM -> new InterventionCommand.Claim(v);
            case RELEASE -> new InterventionCommand.Release(v);
            case REASSIGN -> new InterventionCommand.Reassign(v, text("agent", 100));
            case ACCEPT -> new InterventionCommand.Accept(v);
            case DECLINE -> new InterventionCommand.Decline(v, constant("reasonCode", DeclineReason.class));
            case REQUEST_EVIDENCE -> new InterventionCommand.RequestEvidence(v, party(), text("what", 2000),
                    time("dueAt", zone));
            case SUBMIT_EVIDENCE -> submission(v);
            case EXTEND_EVIDENCE -> new InterventionCommand.ExtendEvidence(v);
            case PROPOSE_SETTLEMENT -> new InterventionCommand.ProposeSettlement(v, fen("amount"), text("terms", 2000));
            case ACCEPT_SETTLEMENT -> new InterventionCommand.AcceptSettlement(v);
            case RULE -> new InterventionCommand.Rule(v, constant("outcome", RulingOutcome.class),
                    text("amount", 32) == null ? null : fen("amount"), constant("faultParty", FaultParty.class),
                    text("reasons", 4000), ids());
            case APPEAL -> new InterventionCommand.Appeal(v, text("message", 4000), ids());
            case REVIEW -> new InterventionCommand.Review(v, constant("decision", ReviewDecision.class),
                    text("reasons", 4000), "true".equals(form.getFirst("recoverFromBuyer")));
            case SUSPEND -> new InterventionCommand.Suspend(v, constant("ground", SuspensionGround.class));
            case RESUME -> new InterventionCommand.Resume(v);
            case WITHDRAW -> new InterventionCommand.Withdraw(v);
            default -> throw new ResourceNotFound("intervention action", action.label());
        };
    }

    private InterventionCommand submission(long version) {
        boolean draft = "true".equals(form.getFirst("draft"));
        String statement = text("statement", 4000);
        if (!draft && statement == null && ids().isEmpty()) {
            throw new InvalidRequest("statement", "a submission needs a statement or evidenceIds");
        }
        return new InterventionCommand.SubmitEvidence(version, ids(), statement, draft);
    }

    private Actor party() {
        Actor party = constant("party", Actor.class);
        if (party != Actor.BUYER && party != Actor.SELLER) {
            throw new InvalidRequest("party", "must be BUYER or SELLER");
        }
        return party;
    }

    private List<String> ids() {
        List<String> ids = form.getOrDefault("evidenceIds", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split("[,\\s]+"))).filter(id -> !id.isBlank()).distinct().toList();
        if (ids.size() > 20 || ids.stream().anyMatch(id -> id.length() > 64)) {
            throw new InvalidRequest("evidenceIds", "at most 20 evidence ids of at most 64 characters");
        }
        return ids;
    }

    private String text(String name, int max) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidRequest(name, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    private long number(String name) {
        try {
            return Long.parseLong(String.valueOf(text(name, 19)));
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name, "is required, a number");
        }
    }

    private long fen(String name) {
        try {
            long fen = YuanInput.fen(String.valueOf(text(name, 32)));
            if (fen <= 0) {
                throw new InvalidRequest(name, "must be more than zero");
            }
            return fen;
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name, e.getMessage());
        }
    }

    private java.time.Instant time(String name, ZoneId zone) {
        try {
            return LocalDateTime.parse(text(name, 32)).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name, "is not a date and time");
        }
    }

    private <E extends Enum<E>> E constant(String name, Class<E> type) {
        String value = text(name, 64);
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidRequest(name, "is not one of " + Arrays.toString(type.getEnumConstants())));
    }
}
