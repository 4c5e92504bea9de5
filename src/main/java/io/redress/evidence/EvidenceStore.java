package io.redress.evidence;

import io.redress.shared.InvalidField;
import io.redress.shared.RuleViolation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Keeps evidence files in the database, write-once. Whether a caller may see the case is the caller's concern;
 * the store checks size per kind (redress.evidence.max-size.KIND, 5 MB by default) and format by content.
 */
@Service
public class EvidenceStore {

    private static final DataSize DEFAULT_MAX = DataSize.ofMegabytes(5);
    private static final String COLUMNS = "evidence_id, case_id, kind, note, content_type, size_bytes, sha256, "
            + "uploader, uploader_role, visibility, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Environment environment;

    EvidenceStore(JdbcClient jdbc, Clock clock, Environment environment) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.environment = environment;
    }

    /** A file to keep: who uploads it on which case, and what they say it is. */
    public record Upload(String caseId, EvidenceKind kind, String note, byte[] content, String uploader,
            String uploaderRole, Visibility visibility) {
    }

    /** What a kind of evidence may be: its largest size in bytes and the content types it may have. */
    public record Rule(EvidenceKind kind, long maxBytes, java.util.List<String> contentTypes) {
    }

    /** The size and format rule of each kind, to tell people before they upload. */
    public java.util.List<Rule> rules() {
        return java.util.Arrays.stream(EvidenceKind.values()).map(kind -> new Rule(kind, maxSize(kind),
                FileFormat.allowedFor(kind).stream().map(f -> f.contentType).toList())).toList();
    }

    /** The largest file of a kind, in bytes ({@code redress.evidence.max-size.KIND}). */
    public long maxSize(EvidenceKind kind) {
        return environment.getProperty("redress.evidence.max-size." + kind.name().toLowerCase(Locale.ROOT),
                DataSize.class, DEFAULT_MAX).toBytes();
    }

    /** The content types a kind of evidence may be, as recognised by the file's own bytes. */
    public List<String> contentTypes(EvidenceKind kind) {
        return FileFormat.allowedFor(kind).stream().map(f -> f.contentType).toList();
    }

    /** Stores the upload if its size and format fit its kind (413, 415 otherwise). */
    @Transactional
    public Evidence add(Upload upload) {
        long limit = maxSize(upload.kind());
        byte[] bytes = upload.content();
        if (bytes.length > limit) {
            throw EvidenceRefused.tooLarge(upload.kind(), bytes.length, limit);
        }
        FileFormat format = FileFormat.of(bytes).filter(f -> FileFormat.allowedFor(upload.kind()).contains(f))
                .orElseThrow(() -> EvidenceRefused.wrongFormat(upload.kind()));
        Evidence evidence = new Evidence("EV-" + UUID.randomUUID(), upload.caseId(), upload.kind(), upload.note(),
                format.contentType, bytes.length, sha256(bytes), upload.uploader(), upload.uploaderRole(),
                upload.visibility(), clock.instant());
        jdbc.sql("INSERT INTO evidence (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(evidence.evidenceId(), evidence.caseId(), evidence.kind().name(), evidence.note(),
                        evidence.contentType(), evidence.size(), evidence.sha256(), evidence.uploader(),
                        evidence.uploaderRole(), evidence.visibility().name(),
                        OffsetDateTime.ofInstant(evidence.createdAt(), ZoneOffset.UTC), bytes)
                .update();
        return evidence;
    }

    /** The case's evidence, oldest first. */
    public List<Evidence> ofCase(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE case_id = ? ORDER BY created_at, evidence_id")
                .param(caseId).query(EvidenceStore::evidence).list();
    }

    public Optional<Evidence> find(String evidenceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE evidence_id = ?").param(evidenceId)
                .query(EvidenceStore::evidence).optional();
    }

    /** The stored bytes of a piece of evidence. */
    public byte[] content(String evidenceId) {
        return jdbc.sql("SELECT content FROM evidence WHERE evidence_id = ?").param(evidenceId)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    /**
     * Fails with 422 naming {@code evidenceIds} unless every id exists, is on the case and was uploaded in the
     * given role (the acting party: BUYER, SELLER, ...).
     */
    public void requireOwn(String caseId, String uploaderRole, List<String> evidenceIds) {
        List<String> foreign = evidenceIds.stream().filter(id -> find(id)
                .filter(e -> e.caseId().equals(caseId) && e.uploaderRole().equals(uploaderRole)).isEmpty()).toList();
        if (!foreign.isEmpty()) {
            throw new RuleViolation("evidence " + foreign + " is not evidence this party uploaded on case " + caseId)
                    .with("errors", List.of(new InvalidField("evidenceIds",
                            "each id must be evidence uploaded by the acting party on this case")));
        }
    }

    private static Evidence evidence(ResultSet rs, int row) throws SQLException {
        return new Evidence(rs.getString("evidence_id"), rs.getString("case_id"), EvidenceKind.valueOf(rs.getString("kind")),
                rs.getString("note"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploader"), rs.getString("uploader_role"), Visibility.valueOf(rs.getString("visibility")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
