package io.redress.dossier;

import java.time.Instant;

/**
 * Someone downloaded a case dossier: who, in which part, which format and language, of the case at which version,
 * and the SHA-256 of the file they were given (what a third party can check the file against).
 */
public record DossierDownloaded(String downloadId, String caseId, long caseVersion, String user, String party,
        DossierFormat format, String lang, String sha256, Instant at) {
}
