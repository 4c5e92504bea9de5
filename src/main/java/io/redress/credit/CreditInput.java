package io.redress.credit;

import java.time.Instant;

/**
 * One fact about a party's conduct, as recorded: where it came from ({@code source}: a case, a ruling, a complaint,
 * a marketplace signal, another module's finding, and the rule version it was found under), what it says
 * ({@code kind}), about whom, when it happened and until when it is kept ({@code expiresAt}: the retention; it counts
 * only while within the trailing window). Recording is idempotent per source, kind and party.
 */
public record CreditInput(Source source, CreditKind kind, Party party, Instant occurredAt, Instant expiresAt,
        String note) {

    /**
     * Where an input comes from: {@code type} (CASE, RULING, COMPLAINT, SIGNAL, or another module's name such as
     * POST_REFUND_APPEAL or ADVANCE), {@code ref} (its id there), the case it concerns if any, the rule version.
     */
    public record Source(String type, String ref, String caseId, String ruleVersion) {

        public Source {
            if (type == null || type.isBlank() || ref == null || ref.isBlank()) {
                throw new IllegalArgumentException("a source is a type and a reference");
            }
        }
    }

    public CreditInput {
        if (source == null || kind == null || party == null || occurredAt == null) {
            throw new IllegalArgumentException("an input needs a source, a kind, a party and a time");
        }
        if (!kind.appliesTo(party.type())) {
            throw new IllegalArgumentException(kind + " is not said of a " + party.type());
        }
    }

    /** An input whose retention the recorder fills in from the rules in force. */
    public static CreditInput of(Source source, CreditKind kind, Party party, Instant occurredAt, String note) {
        return new CreditInput(source, kind, party, occurredAt, null, note);
    }

    /** Whether it counts at {@code now}: kept still, and within the trailing window that ends now. */
    public boolean countsAt(Instant now, java.time.Duration window) {
        return !occurredAt.isAfter(now) && occurredAt.isAfter(now.minus(window))
                && (expiresAt == null || now.isBefore(expiresAt));
    }
}
