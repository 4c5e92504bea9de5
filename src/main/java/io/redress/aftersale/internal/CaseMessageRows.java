package io.redress.aftersale.internal;

import io.redress.aftersale.Actor;
import io.redress.aftersale.CaseMessage;
import io.redress.aftersale.CaseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The negotiation messages in after_sale_case_message. Write-once: there is an insert and reads, and no other
 * statement; the database refuses updates and deletes as well (V6_71).
 */
@Repository
public class CaseMessageRows {

    private static final String COLUMNS = "message_id, case_id, author, author_role, text, evidence_ids,"
            + " visibility, case_version, case_status, written_at";

    private final JdbcClient jdbc;

    CaseMessageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(CaseMessage message) {
        jdbc.sql("INSERT INTO after_sale_case_message (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(message.messageId(), message.caseId(), message.author(), message.authorRole().name(),
                        message.text(), message.evidenceIds().isEmpty() ? null : String.join(",", message.evidenceIds()),
                        "BOTH", message.caseVersion(), message.caseStatus().name(),
                        message.writtenAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The case's messages, oldest first. */
    public List<CaseMessage> of(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM after_sale_case_message WHERE case_id = ?"
                        + " ORDER BY written_at, message_id").param(caseId).query(CaseMessageRows::row).list();
    }

    private static CaseMessage row(ResultSet rs, int n) throws SQLException {
        String ids = rs.getString("evidence_ids");
        return new CaseMessage(rs.getString("message_id"), rs.getString("case_id"), rs.getString("author"),
                Actor.valueOf(rs.getString("author_role")), rs.getString("text"),
                ids == null ? List.of() : Arrays.asList(ids.split(",")), rs.getLong("case_version"),
                CaseStatus.valueOf(rs.getString("case_status")),
                rs.getObject("written_at", OffsetDateTime.class).toInstant());
    }
}
