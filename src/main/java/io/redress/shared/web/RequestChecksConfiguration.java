package io.redress.shared.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** The envelope checks of API requests: after the body is in memory and measured, before security reads anything. */
@Configuration(proxyBeanMethods = false)
class RequestChecksConfiguration {

    @Bean
    FilterRegistrationBean<RequestEnvelopeFilter> requestEnvelopeFilter(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        var registration = new FilterRegistrationBean<>(new RequestEnvelopeFilter(problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 500);
        return registration;
    }
}
