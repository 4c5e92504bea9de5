package io.redress.shared.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** The request filters of the API: failures as problems and the body size limit before security, Idempotency-Key after it. */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

    @Bean
    FilterRegistrationBean<UnhandledFailureFilter> unhandledFailureFilter(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        var registration = new FilterRegistrationBean<>(new UnhandledFailureFilter(problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2000);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(@Value("${redress.http.max-body-size:1MB}") DataSize limit,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(limit, problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1000);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys,
            PlatformTransactionManager transactions, Clock clock,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems,
            @Value("${redress.idempotency.takeover-after:PT2M}") Duration takeoverAfter) {
        var filter = new IdempotencyFilter(keys, new TransactionTemplate(transactions), problems, clock, takeoverAfter);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
