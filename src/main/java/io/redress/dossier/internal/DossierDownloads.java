package io.redress.dossier.internal;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.TimelineEntries;
import io.redress.dossier.DossierDownloaded;
import io.redress.dossier.DossierFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Dossier downloads in dossier_download, and the same rows as entries of the case's timeline (action
 * {@value #ACTION}): who, in which part, which format and language, and the file's SHA-256.
 */
@Repository
public class DossierDownloads implements TimelineEntries {

    /** The timeline action of a download. */
    public static final String ACTION = "dossier-downloaded";

    private final JdbcClient jdbc;

    DossierDownloads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DossierDownloaded record(Case c, String user, String party, DossierFormat format, String lang,
            String sha256, Instant at) {
        DossierDownloaded downloaded = new DossierDownloaded("DD-" + UUID.randomUUID(), c.caseId(), c.version(), user,
                party, format, lang, sha256, at);
        jdbc.sql("INSERT INTO dossier_download (download_id, case_id, case_version, username, party, format, lang,"
                        + " sha256, downloaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(downloaded.downloadId(), c.caseId(), c.version(), user, party, format.name(), lang, sha256,
                        at.atOffset(ZoneOffset.UTC))
                .update();
        return downloaded;
    }

    @Override
    public List<CaseEvent> of(Case c) {
        return jdbc.sql("SELECT case_version, username, party, format, lang, sha256, downloaded_at FROM dossier_download"
                        + " WHERE case_id = ? ORDER BY downloaded_at, download_id")
                .param(c.caseId())
                .query((row, n) -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("format", row.getString("format"));
                    details.put("lang", row.getString("lang"));
                    details.put("sha256", row.getString("sha256"));
                    return new CaseEvent(row.getLong("case_version"),
                            row.getObject("downloaded_at", OffsetDateTime.class).toInstant(), actor(row.getString("party")),
                            row.getString("username"), ACTION, c.status(), c.status(), c.intervention(), null, details);
                })
                .list();
    }

    /** An auditor plays no part on the case; the timeline shows their download as the platform's. */
    private static Actor actor(String party) {
        for (Actor actor : Actor.values()) {
            if (actor.name().equals(party)) {
                return actor;
            }
        }
        return Actor.SYSTEM;
    }
}
