package io.redress.evidence;

import java.time.Instant;

/** An immutable uploaded file on a case: its metadata; the bytes are read with {@link EvidenceStore#content}. */
public record Evidence(String evidenceId, String caseId, EvidenceKind kind, String note, String contentType,
        long size, String sha256, String uploader, String uploaderRole, Visibility visibility, Instant createdAt) {
}
