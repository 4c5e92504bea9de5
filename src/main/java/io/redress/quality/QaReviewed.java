package io.redress.quality;

import java.time.Instant;

/** A senior agent re-reviewed a sampled ruling (published in the transaction that stored the review). */
public record QaReviewed(String sampleId, String caseId, String agent, String reviewer, QaSample.Verdict verdict,
        String reasons, Instant at) {
}
