package io.redress.evidence;

import io.redress.shared.DomainProblem;
import io.redress.shared.ProblemType;
import org.springframework.http.HttpStatus;

/** An upload the store will not keep: too large for its kind (413) or not a format its kind may take (415). */
public final class EvidenceRefused extends DomainProblem {

    private EvidenceRefused(HttpStatus status, String title, String detail) {
        super(status, ProblemType.forReason(status.getReasonPhrase()), title, detail);
    }

    static EvidenceRefused tooLarge(EvidenceKind kind, long size, long limit) {
        return (EvidenceRefused) new EvidenceRefused(HttpStatus.CONTENT_TOO_LARGE, "Evidence too large",
                kind + " evidence may be at most " + limit + " bytes, this file has " + size)
                .with("code", "evidence.too-large").with("limit", limit);
    }

    static EvidenceRefused wrongFormat(EvidenceKind kind) {
        return (EvidenceRefused) new EvidenceRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported evidence content",
                "the file's content is not a format " + kind + " evidence may take: " + FileFormat.allowedFor(kind))
                .with("code", "evidence.wrong-format");
    }
}
