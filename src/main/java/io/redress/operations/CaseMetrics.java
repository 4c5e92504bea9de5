package io.redress.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseOpened;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitioned;
import io.redress.aftersale.Cases;
import io.redress.shared.AfterCommit;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * Cases opened (by type), closed (by type and outcome: REFUNDED, COMPLETED or the close reason) and the time to
 * money (application to REFUNDED, a histogram by type), counted once the fact has committed; and one log line per
 * transition with the case id in the MDC.
 */
@Component
class CaseMetrics {

    private static final Logger log = LoggerFactory.getLogger(CaseMetrics.class);

    private final MeterRegistry meters;
    private final Cases cases;

    CaseMetrics(MeterRegistry meters, Cases cases) {
        this.meters = meters;
        this.cases = cases;
    }

    @EventListener
    void on(CaseOpened opened) {
        AfterCommit.run(() -> {
            Counter.builder("redress.cases.opened").description("Cases opened, by type").tag("type", opened.type().name())
                    .register(meters).increment();
            withCase(opened.caseId(), () -> log.info("case opened: {} {} on order {}, {} requested", opened.type(),
                    opened.reason(), opened.orderId(), opened.requestedAmount()));
        });
    }

    @EventListener
    void on(CaseTransitioned moved) {
        // read in the transaction that moved the case; counted and logged once it committed
        Optional<Case> found = moved.to().terminal() && !moved.from().terminal() ? cases.find(moved.caseId()) : Optional.empty();
        AfterCommit.run(() -> count(moved, found));
    }

    private void count(CaseTransitioned moved, Optional<Case> found) {
        withCase(moved.caseId(), () -> log.info("case {} by {}: {} -> {} (version {})", moved.action(), moved.actor(),
                moved.from(), moved.to(), moved.version()));
        if (!moved.to().terminal() || moved.from().terminal()) {
            return;
        }
        String type = found.map(c -> c.type().name()).orElse("UNKNOWN");
        String outcome = moved.to() == CaseStatus.CLOSED && moved.closeReason() != null ? moved.closeReason().name() : moved.to().name();
        Counter.builder("redress.cases.closed").description("Cases that reached a terminal status, by type and outcome")
                .tag("type", type).tag("outcome", outcome).register(meters).increment();
        if (moved.to() == CaseStatus.REFUNDED && found.isPresent()) {
            Timer.builder("redress.cases.time.to.money").description("From the application to the refund paid, by type")
                    .tag("type", type).publishPercentileHistogram().minimumExpectedValue(Duration.ofMinutes(1))
                    .maximumExpectedValue(Duration.ofDays(30)).register(meters)
                    .record(Duration.between(found.get().createdAt(), moved.at()));
        }
    }

    static void withCase(String caseId, Runnable logging) {
        MDC.put("caseId", caseId);
        try {
            logging.run();
        } finally {
            MDC.remove("caseId");
        }
    }
}
