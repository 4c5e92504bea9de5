package io.redress.operations;

import java.util.concurrent.CompletableFuture;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.BrokerRouting;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code broker} profile: the domain events annotated {@code @Externalized} go to RabbitMQ as JSON through
 * Spring Modulith's externalization, i.e. from the event publication registry after commit, marked complete only
 * once handed to the broker and published again after a restart otherwise (at least once). The target of the
 * annotation is the exchange, its key the routing key: {@code redress.cases} by case id, {@code redress.refunds} by
 * order id, both durable topic exchanges declared here. This is the transport Spring Modulith's AMQP module
 * registers, wired by hand (docs/operations.md, "Events on a broker"); off without RabbitMQ's classes, e.g. when
 * spring-kafka and Modulith's Kafka module replace them.
 */
@Configuration(proxyBeanMethods = false)
@Profile("broker")
@ConditionalOnClass(name = "org.springframework.amqp.rabbit.core.RabbitTemplate")
class BrokerConfiguration {

    static final String CASES = "redress.cases";
    static final String REFUNDS = "redress.refunds";

    @Bean
    TopicExchange caseEvents() {
        return new TopicExchange(CASES, true, false);
    }

    @Bean
    TopicExchange refundEvents() {
        return new TopicExchange(REFUNDS, true, false);
    }

    @Bean
    DelegatingEventExternalizer rabbitEventExternalizer(EventExternalizationConfiguration configuration,
            RabbitTemplate rabbit, JsonMapper json, BeanFactory beans) {
        rabbit.setMessageConverter(new JacksonJsonMessageConverter(json));
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setBeanResolver(new BeanFactoryResolver(beans));
        return new DelegatingEventExternalizer(configuration, (target, payload) -> {
            BrokerRouting routing = BrokerRouting.of(target, context);
            rabbit.convertAndSend(routing.getTarget(payload), routing.getKey(payload), payload, message -> {
                message.getMessageProperties().setType(payload.getClass().getSimpleName());
                return message;
            });
            return CompletableFuture.completedFuture(null);
        });
    }
}
