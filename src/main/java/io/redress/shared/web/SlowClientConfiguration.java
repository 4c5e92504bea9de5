package io.redress.shared.web;

import java.time.Duration;
import org.apache.coyote.ProtocolHandler;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Slow or stalled clients must not starve the service: a request body has a deadline, and on Java 24+ requests
 * run on virtual threads, so one waiting for its body holds no platform thread. Not on 21-23: there a virtual
 * thread blocked inside synchronized code (H2 and JDBC drivers have plenty) keeps its carrier thread, and a few
 * such waits could stall every request. Only Tomcat's request threads turn virtual; the application's own
 * executors keep their bounded pools (spring.threads.virtual.enabled stays off), so that asynchronous listeners
 * cannot outnumber the database connections without limit.
 */
@Configuration(proxyBeanMethods = false)
class SlowClientConfiguration {

    static final int VIRTUAL_THREADS_SINCE = 24;

    @Bean
    TomcatProtocolHandlerCustomizer<ProtocolHandler> requestsOnVirtualThreads(
            @Value("${redress.http.virtual-threads:true}") boolean enabled) {
        return handler -> {
            if (enabled && Runtime.version().feature() >= VIRTUAL_THREADS_SINCE) {
                handler.setExecutor(new VirtualThreadExecutor("tomcat-handler-"));
            }
        };
    }

    @Bean
    FilterRegistrationBean<BodyReadDeadlineFilter> bodyReadDeadlineFilter(
            @Value("${redress.http.body-read-timeout:5s}") Duration timeout,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        var registration = new FilterRegistrationBean<>(new BodyReadDeadlineFilter(timeout, problems));
        // inside the problem filter, outside the body limit that reads the body first
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1500);
        return registration;
    }
}
