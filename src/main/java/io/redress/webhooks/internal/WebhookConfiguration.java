package io.redress.webhooks.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    EndpointUrls endpointUrls(WebhookProperties properties) {
        return new EndpointUrls(properties.allowInsecureUrls());
    }
}
