package io.redress.webhooks.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workers that send deliveries after commit: {@code redress.webhooks.workers} threads on every node, each
 * claiming one due delivery at a time from {@link DeliveryQueue}, sending it and recording the answer; idle, a
 * worker looks again after the poll interval.
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryQueue queue;
    private final Endpoints endpoints;
    private final JdbcClient jdbc;
    private final WebhookProperties properties;
    private final DeliverySender sender;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    DeliveryDispatcher(DeliveryQueue queue, Endpoints endpoints, JdbcClient jdbc, WebhookProperties properties,
            Clock clock) {
        this.clock = clock;
        this.queue = queue;
        this.endpoints = endpoints;
        this.jdbc = jdbc;
        this.properties = properties;
        this.sender = new DeliverySender(properties.connectTimeout(), properties.readTimeout(),
                new EndpointUrls(properties.allowInsecureUrls()));
    }

    @Override
    public synchronized void start() {
        if (!properties.dispatch() || running) {
            return;
        }
        running = true;
        for (int i = 0; i < properties.workers(); i++) {
            Thread worker = new Thread(this::work, "webhook-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        while (running) {
            try {
                if (!sendNext()) {
                    Thread.sleep(properties.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("webhook delivery round failed; trying again", e);
                sleepQuietly();
            }
        }
    }

    /** Sends one due delivery if there is one; true when it did. */
    boolean sendNext() {
        Optional<Delivery> claimed = queue.claim(node);
        if (claimed.isEmpty()) {
            return false;
        }
        Delivery delivery = claimed.get();
        Endpoint endpoint = endpoints.find(delivery.endpointId());
        String body = jdbc.sql("SELECT payload FROM webhook_event WHERE event_id = ?").param(delivery.eventId())
                .query(String.class).single();
        Instant attemptedAt = clock.instant();
        MDC.put("caseId", delivery.subject());
        try {
            DeliverySender.Outcome outcome = sender.send(endpoint.url(), delivery.eventId(),
                    endpoints.signingSecrets(endpoint.endpointId(), clock.instant()), body);
            if (outcome.succeeded()) {
                queue.succeeded(delivery, node, attemptedAt, outcome.statusCode(), outcome.durationMs());
            } else {
                log.info("webhook {} of {} to endpoint {} failed: {} {}", delivery.deliveryId(), delivery.eventType(),
                        endpoint.endpointId(), outcome.statusCode(), outcome.error());
                queue.failed(delivery, node, attemptedAt, outcome.statusCode(), outcome.error(), outcome.durationMs());
            }
        } finally {
            MDC.remove("caseId");
        }
        return true;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
