package io.redress.payments.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.redress.payments.PaymentGateway;
import io.redress.payments.sandbox.SandboxPsp;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The PSP gateway (to the configured URL, or to the in-process sandbox, paced) and the reconciler's recurring task. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PspProperties.class)
class PaymentsConfiguration {

    static final String CALLBACK_PATH = "/api/v1/psp/callbacks";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "redress.psp.sandbox.enabled", matchIfMissing = true)
    SandboxPsp sandboxPsp(PspProperties properties, Clock clock) {
        return new SandboxPsp(properties.sandbox().port(), properties.callbackSecret(), clock);
    }

    @Bean
    PaymentGateway paymentGateway(PspProperties properties, ObjectProvider<SandboxPsp> sandbox, Environment environment) {
        URI url = properties.url();
        if (url == null) {
            SandboxPsp psp = sandbox.getIfAvailable();
            if (psp == null) {
                throw new IllegalStateException("set redress.psp.url, or enable the sandbox PSP (redress.psp.sandbox.enabled)");
            }
            url = psp.baseUrl();
        }
        return new PacedGateway(new HttpPaymentGateway(url, properties.connectTimeout(), properties.readTimeout(), () -> {
            if (properties.notifyUrl() != null) {
                return properties.notifyUrl();
            }
            // Only a running web server can receive callbacks; without one the reconciler's queries suffice.
            String port = environment.getProperty("local.server.port");
            return port == null ? null : URI.create("http://127.0.0.1:" + port + CALLBACK_PATH);
        }), properties.requestsPerSecond());
    }

    @Bean
    RecurringTask<Void> refundReconciliationTask(RefundReconciler reconciler, PaymentsClock clock, PspProperties properties) {
        return Tasks.recurring("refund-reconciliation", FixedDelay.of(properties.reconcileEvery()))
                .execute((instance, context) -> reconciler.reconcileDue(clock.now()));
    }
}
