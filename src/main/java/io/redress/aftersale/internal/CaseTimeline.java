package io.redress.aftersale.internal;

import io.redress.aftersale.Actor;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.InterventionStatus;
import io.redress.shared.TransactionMemory;
import io.redress.shared.DeferredInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The timeline of each case in after_sale_case_event, one row per version. */
@Repository
public class CaseTimeline {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final DeferredInserts inserts;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    /** The details of each row this transaction recorded, by case id and version: annotating one does not read it back. */
    private final TransactionMemory<String, Map<String, Object>> recorded = new TransactionMemory<>();

    /**
     * Who is about to make a transition and what they send with it, by case id and the version it will bring; the row
     * of that version is recorded with it.
     */
    private final TransactionMemory<String, Annotation> expected = new TransactionMemory<>();

    private record Annotation(String user, String message, Map<String, Object> details) {
    }

    CaseTimeline(JdbcClient jdbc, DeferredInserts inserts, JsonMapper json) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.json = json;
    }

    /**
     * Records the transition that brought the case to {@code event.version()}, with the annotation announced for it
     * ({@link #expect}), if any.
     */
    public void record(String caseId, CaseEvent event) {
        String key = caseId + "@" + event.version();
        Annotation annotation = expected.get(key).orElse(null);
        if (annotation != null) {
            Map<String, Object> merged = new LinkedHashMap<>(event.details() == null ? Map.of() : event.details());
            if (annotation.details() != null) {
                merged.putAll(annotation.details());
            }
            event = new CaseEvent(event.version(), event.at(), event.actor(), annotation.user(), event.action(),
                    event.from(), event.to(), event.intervention(), annotation.message(), merged);
        }
        inserts.insert("INSERT INTO after_sale_case_event (case_id, version, happened_at, actor, username, action,"
                        + " from_status, to_status, intervention, message, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseId, event.version(), event.at().atOffset(ZoneOffset.UTC), event.actor().name(),
                text(event.user()), event.action(), text(event.from() == null ? null : event.from().name()),
                event.to().name(), event.intervention().name(), text(event.message()), text(details(event.details())));
        recorded.put(key, event.details() == null ? Map.of() : event.details());
    }

    /**
     * A column that may be null, typed as text either way: an untyped null makes PostgreSQL's driver prepare the
     * insert anew whenever a column alternates between null and a value (about one in four of
     * the timeline's inserts did in a load run).
     */
    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    /**
     * Announces who is about to make the transition to {@code version} and what they send with it, so that its row is
     * recorded with them in one insert; {@link #annotate} with the same annotation afterwards then writes nothing.
     */
    public void expect(String caseId, long version, String user, String message, Map<String, Object> details) {
        expected.put(caseId + "@" + version, new Annotation(user, message, details));
    }

    /**
     * Adds who made the transition to {@code version} and what they sent with it, beside what the transition itself
     * recorded (e.g. the refund it decided).
     */
    public void annotate(String caseId, long version, String user, String message, Map<String, Object> details) {
        Map<String, Object> merged = new LinkedHashMap<>();
        String key = caseId + "@" + version;
        if (recorded.knows(key) && expected.get(key).filter(new Annotation(user, message, details)::equals).isPresent()) {
            return; // the row was recorded with this annotation
        }
        if (recorded.knows(key)) {
            merged.putAll(recorded.get(key).orElse(Map.of()));
        } else {
            jdbc.sql("SELECT details FROM after_sale_case_event WHERE case_id = ? AND version = ?").params(caseId, version)
                    .query(String.class).optional().ifPresent(stored -> merged.putAll(json.readValue(stored, DETAILS)));
        }
        if (details != null) {
            merged.putAll(details);
        }
        recorded.put(key, merged);
        jdbc.sql("UPDATE after_sale_case_event SET username = ?, message = ?, details = ? WHERE case_id = ? AND version = ?")
                .params(user, message, details(merged), caseId, version).update();
    }

    /** The case's transitions, oldest first. */
    public List<CaseEvent> of(String caseId) {
        return jdbc.sql("SELECT version, happened_at, actor, username, action, from_status, to_status, intervention,"
                        + " message, details FROM after_sale_case_event WHERE case_id = ? ORDER BY version")
                .param(caseId).query(this::row).list();
    }

    /**
     * How many modifications each line of the order has had, over all the cases covering it (the policy's
     * modification limit is per line): the buyer's revisions and accepted proposals; lines never modified are absent.
     */
    public Map<String, Integer> revisionsPerLine(String orderId) {
        Map<String, Integer> made = new HashMap<>();
        jdbc.sql("SELECT l.line_id, COUNT(*) AS made FROM after_sale_case_event e"
                        + " JOIN after_sale_case c ON c.case_id = e.case_id"
                        + " JOIN after_sale_case_line l ON l.case_id = e.case_id"
                        + " WHERE c.order_id = ? AND e.action IN ('revise', 'accept-proposal') GROUP BY l.line_id")
                .param(orderId).query(row -> {
                    made.put(row.getString("line_id"), row.getInt("made"));
                });
        return made;
    }

    private CaseEvent row(ResultSet row, int n) throws SQLException {
        String from = row.getString("from_status");
        String details = row.getString("details");
        return new CaseEvent(row.getLong("version"), row.getObject("happened_at", OffsetDateTime.class).toInstant(),
                Actor.valueOf(row.getString("actor")), row.getString("username"), row.getString("action"),
                from == null ? null : CaseStatus.valueOf(from), CaseStatus.valueOf(row.getString("to_status")),
                InterventionStatus.valueOf(row.getString("intervention")), row.getString("message"),
                details == null ? Map.of() : json.readValue(details, DETAILS));
    }

    private String details(Map<String, Object> details) {
        return details == null || details.isEmpty() ? null : json.writeValueAsString(details);
    }
}
