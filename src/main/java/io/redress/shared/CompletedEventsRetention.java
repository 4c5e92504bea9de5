package io.redress.shared;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the event outbox (event_publication) the size of what is in flight plus a short history: completed
 * publications older than redress.events.keep-completed (default 1 hour) are deleted, in one statement on the
 * completion-date index. Incomplete publications are never touched: they are delivered again. The business
 * record of what happened is in the business tables (timeline, refund attempts, ledger), not in the outbox.
 * Every instance runs it; the delete is idempotent, so no cluster lock is needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CompletedEventsRetention {

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedEventsRetention(CompletedEventPublications completed,
            @Value("${redress.events.keep-completed:PT1H}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(fixedDelayString = "${redress.events.prune-every:PT5M}", initialDelayString = "PT1M")
    void forgetOldCompletions() {
        completed.deletePublicationsOlderThan(keep);
    }
}
