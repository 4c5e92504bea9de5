package io.redress.aftersale.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitioned;
import io.redress.payments.RefundCompletion;
import io.redress.payments.RefundLegFailed;
import io.redress.payments.RefundLegParked;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Delivers again the payout events whose listener did not complete (it threw, or the node died while it ran),
 * once they are older than {@code redress.cases.payout-redelivery}, so that a case is never left waiting for a
 * payout request or its completion. The listeners of {@link CasePayouts} are idempotent, so an event delivered
 * twice is harmless. Publications are told apart by event type, as the registry's API does not name the listener.
 */
@Configuration(proxyBeanMethods = false)
class CasePayoutRedelivery {

    @Bean
    RecurringTask<Void> casePayoutRedeliveryTask(IncompleteEventPublications incomplete, Clock clock,
            @Value("${redress.cases.payout-redelivery:PT1M}") Duration after) {
        return Tasks.recurring("case-payout-redelivery", FixedDelay.of(after))
                .execute((instance, context) -> incomplete.resubmitIncompletePublications(
                        publication -> forPayouts(publication)
                                && publication.getPublicationDate().isBefore(clock.instant().minus(after))));
    }

    /** The events {@link CasePayouts} takes (no other registry listener takes them). */
    static boolean forPayouts(EventPublication publication) {
        Object event = publication.getEvent();
        if (event instanceof CaseTransitioned moved) {
            return moved.to() == CaseStatus.REFUNDING;
        }
        return event instanceof RefundCompletion || event instanceof RefundLegParked || event instanceof RefundLegFailed;
    }
}
