package io.redress.aftersale;

import java.time.Instant;
import java.util.List;

/**
 * One message of the negotiation on a case, written once: who wrote it in which part, what they said, the evidence
 * they cited (their own, on this case), and the case as it stood ({@code caseVersion}, {@code caseStatus}).
 */
public record CaseMessage(String messageId, String caseId, String author, Actor authorRole, String text,
        List<String> evidenceIds, long caseVersion, CaseStatus caseStatus, Instant writtenAt) {

    /** The longest message text, in characters. */
    public static final int MAX_TEXT = 2000;

    public CaseMessage {
        evidenceIds = List.copyOf(evidenceIds);
    }
}
