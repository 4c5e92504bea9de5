package io.redress.quality;

import io.redress.intervention.FaultParty;
import io.redress.intervention.RulingOutcome;
import java.time.Instant;

/**
 * A ruling that fell into the quality sample, with its re-review once a senior agent made it. {@code agent} ruled;
 * {@code reviewedBy} is never the same person.
 */
public record QaSample(String sampleId, String caseId, String agent, RulingOutcome outcome, FaultParty faultParty,
        Long amount, String policyProfile, int policyVersion, Instant ruledAt, Verdict verdict, String reasons,
        String reviewedBy, Instant reviewedAt) {

    public enum Status { PENDING, REVIEWED }

    /** Whether the reviewer would have ruled the same. */
    public enum Verdict { AGREE, DISAGREE }

    public Status status() {
        return reviewedBy == null ? Status.PENDING : Status.REVIEWED;
    }
}
