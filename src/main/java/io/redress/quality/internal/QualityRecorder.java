package io.redress.quality.internal;

import io.redress.complaints.Complaint;
import io.redress.complaints.ComplaintChanged;
import io.redress.intervention.InterventionEvent;
import io.redress.policy.Policies;
import io.redress.policy.ServiceRules;
import io.redress.quality.Sampling;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what the quality measures need from the dispute and complaint events, in the transaction that published
 * them: when each dispute was opened and first claimed, who held it, each ruling with its time and whether it is in
 * the sample (at the rate of the policy version the ruling applied), and complaints against the platform.
 */
@Component
class QualityRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(QualityRecorder.class);

    private final QualityRows rows;
    private final Policies policies;
    private final Sampling sampling;

    QualityRecorder(QualityRows rows, Policies policies, @Value("${redress.quality.sample-key:}") String key,
            @Value("${redress.demo:false}") boolean demo) {
        this.rows = rows;
        this.policies = policies;
        this.sampling = new Sampling(key.getBytes(StandardCharsets.UTF_8));
        if (key.isBlank() && !demo) {
            LOG.warn("the quality sample is drawn without a key: set redress.quality.sample-key so that agents cannot "
                    + "compute which rulings will be re-reviewed");
        }
    }

    @EventListener
    void on(InterventionEvent.Requested e) {
        rows.opened(e.caseId(), e.at());
    }

    @EventListener
    void on(InterventionEvent.Claimed e) {
        rows.claimed(e.caseId(), e.agent(), e.at());
    }

    @EventListener
    void on(InterventionEvent.Ruled e) {
        int percent = policies.find(e.policyProfile(), e.policyVersion()).map(p -> p.rules().service())
                .orElse(ServiceRules.DEFAULTS).qaSamplePercent();
        String sampleId = sampling.sampled(e.caseId(), percent) ? "QA-" + e.caseId() : null;
        rows.ruled(e.caseId(), e.ruledBy(), e.outcome(), e.faultParty(), e.amount(), e.policyProfile(), e.policyVersion(),
                e.at(), sampleId);
    }

    @EventListener
    void on(ComplaintChanged e) {
        if (e.action().equals("file") && e.against() == Complaint.Against.PLATFORM) {
            rows.complained(e.complaintId(), e.caseId(), e.at());
        }
    }
}
