package io.redress.shared;

import java.net.URI;
import java.util.Objects;

/** The kind of a problem, a stable URI under https://redress.dev/problems/ that clients may switch on. */
public record ProblemType(String slug) {

    private static final String BASE = "https://redress.dev/problems/";

    public static final ProblemType VALIDATION = new ProblemType("validation");
    public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found");
    public static final ProblemType CONFLICT = new ProblemType("conflict");
    public static final ProblemType RULE_VIOLATION = new ProblemType("rule-violation");
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error");
    /** 503 with Retry-After: the request met a transient failure (no database connection in time, a lock timeout). */
    public static final ProblemType SERVICE_BUSY = new ProblemType("service-busy");

    public ProblemType {
        Objects.requireNonNull(slug, "slug");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a problem type slug is lower-case words joined by '-': " + slug);
        }
    }

    /** The type named after an HTTP status's reason phrase, e.g. 405 -> method-not-allowed. */
    public static ProblemType forReason(String reasonPhrase) {
        return new ProblemType(reasonPhrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", ""));
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }
}
