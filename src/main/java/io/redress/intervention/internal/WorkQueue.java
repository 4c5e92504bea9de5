package io.redress.intervention.internal;

import io.redress.intervention.Notes;
import io.redress.intervention.QueueItem;
import io.redress.shared.ListCursor;
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

    private static final String SELECT = "SELECT case_id, status, agent, requested_by, requested_at, sla_started_at,"
            + " sla_due_at FROM intervention WHERE ";
    private static final String ORDERING = "interventions";

    /** One page of disputes, by SLA due time (none last), filtered by status, agent and a due bound. */
    public List<QueueItem> page(String status, String assignedTo, Instant breachesBefore, int page, int size,
            Instant now) {
        List<Object> params = new ArrayList<>();
        String where = where(status, assignedTo, breachesBefore, params);
        return items(SELECT + where + " ORDER BY CASE WHEN sla_due_at IS NULL THEN 1 ELSE 0 END, sla_due_at,"
                + " requested_at, case_id LIMIT " + size + " OFFSET " + (long) page * size, params, now);
    }

    /** One keyset page of the queue and the cursor of the next (null: this was the last). */
    public record Keyset(List<QueueItem> items, String next) {
    }

    /**
     * The page after {@code cursor} (null: the first), in the same order as {@link #page}: two ranges of the
     * {@code (sla_due_at, requested_at, case_id)} index, those with an SLA and then those without.
     */
    public Keyset after(String status, String assignedTo, Instant breachesBefore, String cursor, int size,
            Instant now) {
        ListCursor after = cursor == null ? null : ListCursor.parse(cursor, ORDERING, 3);
        Instant afterDue = after == null ? null : after.instantOrNull(0);
        int wanted = size + 1;
        List<QueueItem> items = new ArrayList<>();
        if (after == null || afterDue != null) {
            List<Object> params = new ArrayList<>();
            String where = where(status, assignedTo, breachesBefore, params) + " AND sla_due_at IS NOT NULL";
            if (after != null) {
                where += " AND (sla_due_at, requested_at, case_id) > (?, ?, ?)";
                params.addAll(List.of(DossierStore.utc(afterDue), DossierStore.utc(after.instant(1)), after.key(2)));
            }
            items.addAll(items(SELECT + where + " ORDER BY sla_due_at, requested_at, case_id LIMIT " + wanted, params,
                    now));
        }
        if (items.size() < wanted && breachesBefore == null) {
            List<Object> params = new ArrayList<>();
            String where = where(status, assignedTo, null, params) + " AND sla_due_at IS NULL";
            if (after != null && afterDue == null) {
                where += " AND (requested_at, case_id) > (?, ?)";
                params.addAll(List.of(DossierStore.utc(after.instant(1)), after.key(2)));
            }
            items.addAll(items(SELECT + where + " ORDER BY requested_at, case_id LIMIT " + (wanted - items.size()),
                    params, now));
        }
        List<QueueItem> page = items.subList(0, Math.min(size, items.size()));
        String next = null;
        if (items.size() > size) {
            QueueItem last = page.get(page.size() - 1);
            next = new ListCursor(ORDERING, List.of(ListCursor.key(last.slaDueAt()), ListCursor.key(last.requestedAt()),
                    last.caseId())).token();
        }
        return new Keyset(List.copyOf(page), next);
    }

    private static String where(String status, String assignedTo, Instant breachesBefore, List<Object> params) {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append("status = ?");
            params.add(status);
        } else {
            where.append("status IN ").append(OPEN);
        }
        if (assignedTo != null) {
            where.append(" AND agent = ?");
            params.add(assignedTo);
        }
        if (breachesBefore != null) {
            where.append(" AND sla_due_at < ?");
            params.add(DossierStore.utc(breachesBefore));
        }
        return where.toString();
    }

    private List<QueueItem> items(String sql, List<Object> params, Instant now) {
        return jdbc.sql(sql).params(params).query((rs, n) -> QueueItem.of(rs.getString("case_id"),
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
