package io.redress.intervention;

import io.redress.aftersale.Cases;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.internal.WorkQueue;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platform-only notes on a case: agents and senior agents write and read them; the parties never see them. */
@Service
public class Notes {

    private final Cases cases;
    private final WorkQueue queue;
    private final Clock clock;

    Notes(Cases cases, WorkQueue queue, Clock clock) {
        this.cases = cases;
        this.queue = queue;
        this.clock = clock;
    }

    /** A note: who wrote what when. */
    public record Note(String noteId, String caseId, String author, String text, Instant createdAt) {
    }

    @Transactional
    public Note add(Caller caller, String caseId, String text) {
        requireStaff(caller, caseId);
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new InvalidRequest("text", "is required, at most 4000 characters");
        }
        return queue.addNote(caseId, caller.name(), text, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Note> of(Caller caller, String caseId) {
        requireStaff(caller, caseId);
        return queue.notes(caseId);
    }

    private void requireStaff(Caller caller, String caseId) {
        boolean staff = caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT);
        if (!staff || cases.find(caseId).isEmpty()) {
            throw new ResourceNotFound("case", caseId);
        }
    }
}
