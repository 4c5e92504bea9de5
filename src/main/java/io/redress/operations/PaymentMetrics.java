package io.redress.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.redress.aftersale.CaseRefunds;
import io.redress.payments.GatewayResult;
import io.redress.payments.PaymentGateway;
import io.redress.payments.PspStatementLine;
import io.redress.payments.RefundLegFailed;
import io.redress.payments.RefundLegParked;
import io.redress.payments.RefundLegSucceeded;
import io.redress.shared.AfterCommit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * PSP calls timed by operation and outcome (the gateway bean wrapped in a timing decorator), refund legs counted by
 * outcome, and one log line per payout outcome with the case id in the MDC.
 */
@Component
class PaymentMetrics implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(PaymentMetrics.class);

    private final ObjectProvider<MeterRegistry> meters;

    PaymentMetrics(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof PaymentGateway gateway && !(bean instanceof TimedGateway) ? new TimedGateway(gateway) : bean;
    }

    @EventListener
    void on(RefundLegSucceeded leg) {
        AfterCommit.run(() -> {
            legs("succeeded");
            CaseMetrics.withCase(CaseRefunds.caseOf(leg.refundRef()), () -> log.info("payout leg {} paid: {} {} to payment {}",
                    leg.externalKey(), leg.amount(), leg.currency(), leg.paymentId()));
        });
    }

    @EventListener
    void on(RefundLegFailed leg) {
        AfterCommit.run(() -> {
            legs("failed");
            CaseMetrics.withCase(CaseRefunds.caseOf(leg.refundRef()), () -> log.warn("payout leg {} refused by the PSP: {}",
                    leg.externalKey(), leg.reason()));
        });
    }

    @EventListener
    void on(RefundLegParked leg) {
        AfterCommit.run(() -> {
            legs("parked");
            CaseMetrics.withCase(CaseRefunds.caseOf(leg.refundRef()), () -> log.warn("payout leg {} parked: {}",
                    leg.externalKey(), leg.reason()));
        });
    }

    private void legs(String outcome) {
        Counter.builder("redress.refund.legs").description("Refund legs by final outcome at the PSP").tag("outcome", outcome)
                .register(meters.getObject()).increment();
    }

    /** The gateway with each call timed as {@code redress.psp.requests{operation, outcome}}. */
    final class TimedGateway implements PaymentGateway {

        private final PaymentGateway psp;

        TimedGateway(PaymentGateway psp) {
            this.psp = psp;
        }

        @Override
        public GatewayResult refund(String pspReference, long amount, Currency currency, String externalKey) {
            return timed("refund", () -> psp.refund(pspReference, amount, currency, externalKey));
        }

        @Override
        public Optional<GatewayResult> query(String externalKey) {
            return timed("query", () -> psp.query(externalKey));
        }

        @Override
        public List<PspStatementLine> statement() {
            return timed("statement", psp::statement);
        }

        private <T> T timed(String operation, Supplier<T> call) {
            long started = System.nanoTime();
            String outcome = "error";
            try {
                T result = call.get();
                outcome = result instanceof GatewayResult r ? r.status().name()
                        : result instanceof Optional<?> o && o.isPresent() && o.get() instanceof GatewayResult r ? r.status().name()
                        : "ok";
                return result;
            } catch (RuntimeException e) {
                outcome = e.getClass().getSimpleName();
                throw e;
            } finally {
                Timer.builder("redress.psp.requests").description("Calls to the PSP by operation and outcome")
                        .tag("operation", operation).tag("outcome", outcome).publishPercentileHistogram()
                        .register(meters.getObject()).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        }
    }
}
