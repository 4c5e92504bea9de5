package io.redress.aftersale;

import io.redress.aftersale.internal.CaseMessageRows;
import io.redress.evidence.Evidence;
import io.redress.identity.Caller;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiation on the record (协商记录): the parties, and agents once the case is at the platform, write messages
 * on a case. A message is written once and never changed; it may cite only evidence its author uploaded on the case.
 * Whoever may see the case reads its messages; cited evidence a reader may not open is left out for that reader.
 */
@Service
public class CaseMessages {

    /** The most evidence ids one message cites. */
    public static final int MAX_CITED = 20;

    private final Cases cases;
    private final CaseMessageRows rows;
    private final CaseEvidence evidence;
    private final Clock clock;

    CaseMessages(Cases cases, CaseMessageRows rows, CaseEvidence evidence, Clock clock) {
        this.cases = cases;
        this.rows = rows;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** What a party writes: the text and the ids of their own evidence it cites (null: none). */
    public record Draft(String text, List<String> evidenceIds) {
    }

    /**
     * Stores the message: 404 for a case the caller takes no part in, 400 naming text or evidenceIds, 409 for an
     * agent on a case not at the platform, 422 when a cited id is not the author's evidence on this case.
     */
    @Transactional
    public CaseMessage write(Caller caller, String caseId, Draft draft) {
        Case c = cases.find(caseId).filter(found -> CaseAccess.visible(caller, found))
                .orElseThrow(() -> new ResourceNotFound("case", caseId));
        Actor author = CaseAccess.actor(caller, c).orElseThrow(() -> new ResourceNotFound("case", caseId));
        List<String> cited = draft.evidenceIds() == null ? List.of() : List.copyOf(draft.evidenceIds());
        check(draft.text(), cited);
        boolean agent = author == Actor.AGENT || author == Actor.SENIOR_AGENT;
        if (agent && c.intervention() == InterventionStatus.NONE) {
            throw new ConflictingState("agents write on a case once it was brought to the platform")
                    .with("code", "message.agent-not-involved");
        }
        evidence.requireOwn(c, author, cited);
        CaseMessage message = new CaseMessage("M-" + UUID.randomUUID(), caseId, caller.name(), author,
                draft.text().strip(), cited, c.version(), c.status(), clock.instant());
        rows.add(message);
        return message;
    }

    /** The case's messages, oldest first; 404 when the caller may not see the case. */
    @Transactional(readOnly = true)
    public List<CaseMessage> list(Caller caller, String caseId) {
        cases.find(caseId).filter(c -> CaseAccess.visible(caller, c))
                .orElseThrow(() -> new ResourceNotFound("case", caseId));
        return shown(caller, caseId, rows.of(caseId));
    }

    /** The case's messages as timeline entries, for a caller who may see the case. */
    List<CaseEvent> events(Caller caller, Case c) {
        return shown(caller, c.caseId(), rows.of(c.caseId())).stream()
                .map(m -> new CaseEvent(m.caseVersion(), m.writtenAt(), m.authorRole(), m.author(), "message",
                        m.caseStatus(), m.caseStatus(), c.intervention(), m.text(),
                        m.evidenceIds().isEmpty() ? Map.of() : Map.of("evidenceIds", m.evidenceIds())))
                .toList();
    }

    private List<CaseMessage> shown(Caller caller, String caseId, List<CaseMessage> messages) {
        if (CaseAccess.seesAll(caller) || messages.stream().allMatch(m -> m.evidenceIds().isEmpty())) {
            return messages;
        }
        Set<String> visible = evidence.list(caller, caseId).stream().map(Evidence::evidenceId)
                .collect(Collectors.toSet());
        return messages.stream().map(m -> new CaseMessage(m.messageId(), m.caseId(), m.author(), m.authorRole(),
                m.text(), m.evidenceIds().stream().filter(visible::contains).toList(), m.caseVersion(),
                m.caseStatus(), m.writtenAt())).toList();
    }

    private static void check(String text, List<String> cited) {
        List<InvalidField> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new InvalidField("text", "is required"));
        } else if (text.strip().length() > CaseMessage.MAX_TEXT) {
            errors.add(new InvalidField("text", "must be at most " + CaseMessage.MAX_TEXT + " characters"));
        }
        if (cited.size() > MAX_CITED || cited.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 64)) {
            errors.add(new InvalidField("evidenceIds", "at most " + MAX_CITED + " evidence ids of 1 to 64 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }
}
