package io.redress.intervention.internal;

import io.redress.intervention.Notes;
import io.redress.intervention.QueueItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agents' queue (most urgent SLA first), their open load, and the platform-only notes. */
@Repository
public class WorkQueue {

    private static final String OPEN = "('REQUESTED', 'ACCEPTED', 'EVIDENCE', 'SUSPENDED', 'FIRST_REVIEW',"
            + " 'SUPERVISOR_REVIEW')";

    private final JdbcClient jdbc;

    WorkQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of disputes, by SLA due time (none last), filtered by status, agent and a due bound. */
    public List<QueueItem> page(String status, String assignedTo, Instant breachesBefore, int page, int size,
            Instant now) {
        StringBuilder sql = new StringBuilder("SELECT case_id, status, agent, requested_by, requested_at,"
                + " sla_started_at, sla_due_at FROM intervention WHERE ");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append("status = ?");
            params.add(status);
        } else {
            sql.append("status IN ").append(OPEN);
        }
        if (assignedTo != null) {
            sql.append(" AND agent = ?");
            params.add(assignedTo);
        }
        if (breachesBefore != null) {
            sql.append(" AND sla_due_at < ?");
            params.add(DossierStore.utc(breachesBefore));
        }
        sql.append(" ORDER BY CASE WHEN sla_due_at IS NULL THEN 1 ELSE 0 END, sla_due_at, requested_at, case_id")
                .append(" LIMIT ").append(size).append(" OFFSET ").append((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> QueueItem.of(rs.getString("case_id"),
                rs.getString("status"), rs.getString("agent"), rs.getString("requested_by"),
                DossierStore.instant(rs, "requested_at"), DossierStore.instant(rs, "sla_started_at"),
                DossierStore.instant(rs, "sla_due_at"), now)).list();
    }

    /** Each agent's open disputes, most loaded first. */
    public List<QueueItem.Load> loads() {
        return jdbc.sql("SELECT agent, COUNT(*) AS open FROM intervention WHERE agent IS NOT NULL AND status IN " + OPEN
                        + " GROUP BY agent ORDER BY open DESC, agent")
                .query((rs, n) -> new QueueItem.Load(rs.getString("agent"), rs.getLong("open"))).list();
    }

    public Notes.Note addNote(String caseId, String author, String text, Instant at) {
        Notes.Note note = new Notes.Note("N-" + UUID.randomUUID(), caseId, author, text, at);
        jdbc.sql("INSERT INTO intervention_note (note_id, case_id, author, text, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(note.noteId(), caseId, author, text, DossierStore.utc(at)).update();
        return note;
    }

    public List<Notes.Note> notes(String caseId) {
        return jdbc.sql("SELECT * FROM intervention_note WHERE case_id = ? ORDER BY created_at, note_id").param(caseId)
                .query((rs, n) -> new Notes.Note(rs.getString("note_id"), caseId, rs.getString("author"),
                        rs.getString("text"), DossierStore.instant(rs, "created_at"))).list();
    }
}
