package io.redress.quality;

import io.redress.identity.Caller;
import io.redress.quality.internal.QualityRows;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quality sample and its re-reviews, and the per-agent measures. A sampled ruling is reviewed once, by a senior
 * agent who did not make it (four eyes); the review is an audit fact.
 */
@Service
public class Quality {

    private final QualityRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Quality(QualityRows rows, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /** Sampled rulings (all, or only PENDING or REVIEWED ones), oldest ruling first. */
    public List<QaSample> samples(QaSample.Status status) {
        return rows.samples(status);
    }

    public QaSample sample(String sampleId) {
        return rows.sample(sampleId).orElseThrow(() -> new ResourceNotFound("quality sample", sampleId));
    }

    @Transactional
    public QaSample review(Caller caller, String sampleId, QaSample.Verdict verdict, String reasons) {
        QaSample sample = sample(sampleId);
        if (sample.agent().equals(caller.name())) {
            throw new ConflictingState("the reviewer of a sampled ruling may not be the agent who ruled (four eyes)")
                    .with("code", "quality.four-eyes").with("allowedActions", List.of());
        }
        if (sample.status() == QaSample.Status.REVIEWED) {
            throw new ConflictingState("the sample was reviewed by " + sample.reviewedBy()).with("code", "quality.reviewed")
                    .with("allowedActions", List.of());
        }
        if (verdict == null) {
            throw new InvalidRequest("verdict", "must be AGREE or DISAGREE");
        }
        if (reasons == null || reasons.isBlank() || reasons.length() > 2000) {
            throw new InvalidRequest("reasons", "must say why, in 1 to 2000 characters");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!rows.review(sampleId, verdict, reasons.strip(), caller.name(), now)) {
            throw new ConflictingState("the sample was reviewed meanwhile; read it again").with("code", "quality.reviewed")
                    .with("allowedActions", List.of());
        }
        events.publishEvent(new QaReviewed(sampleId, sample.caseId(), sample.agent(), caller.name(), verdict, reasons.strip(), now));
        return sample(sampleId);
    }

    /** The actions the caller may take on the sample now: review, for a senior agent other than the one who ruled. */
    public static List<String> allowed(Caller caller, QaSample sample) {
        return caller.has(io.redress.identity.Role.SENIOR_AGENT) && sample.status() == QaSample.Status.PENDING
                && !sample.agent().equals(caller.name()) ? List.of("review") : List.of();
    }

    /** Every agent's measures, by name. */
    public List<AgentMetrics> agents() {
        return rows.agents();
    }
}
