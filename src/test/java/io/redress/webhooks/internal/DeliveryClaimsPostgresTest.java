package io.redress.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Eight nodes (the application's own workers stopped meanwhile) claiming from the same queue at once: no delivery is claimed by both, and of one case only the
 * earliest pending delivery is ever claimable.
 */
@RedressPostgresTest
class DeliveryClaimsPostgresTest {

    @Autowired DeliveryQueue queue;
    @Autowired DeliveryDispatcher dispatcher;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void nodesNeverClaimTheSameDeliveryAndACaseGoesOneAtATime() throws Exception {
        String endpointId = "we_claims_" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime past = OffsetDateTime.now(clock).minusMinutes(1);
        jdbc.sql("INSERT INTO webhook_endpoint (endpoint_id, owner, url, event_types, enabled, created_at)"
                + " VALUES (?, 'claims-test', 'http://127.0.0.1:9/none', 'case.created', FALSE, ?)").params(endpointId, past).update();
        List<String> subjects = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            String subject = "C-claims-" + UUID.randomUUID();
            subjects.add(subject);
            for (int e = 0; e < 3; e++) {
                String eventId = "msg_" + UUID.randomUUID().toString().replace("-", "");
                jdbc.sql("INSERT INTO webhook_event (event_id, event_type, subject, payload, occurred_at) VALUES (?, 'case.created', ?, '{}', ?)")
                        .params(eventId, subject, past).update();
                jdbc.sql("INSERT INTO webhook_delivery (delivery_id, event_id, endpoint_id, subject, status, next_attempt_at, created_at)"
                        + " VALUES (?, ?, ?, ?, 'PENDING', ?, ?)").params("wd_" + UUID.randomUUID(), eventId, endpointId, subject, past, past)
                        .update();
            }
        }
        dispatcher.stop();
        Thread.sleep(500);
        jdbc.sql("UPDATE webhook_endpoint SET enabled = TRUE WHERE endpoint_id = ?").param(endpointId).update();

        ExecutorService nodes = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> claimers = new ArrayList<>();
            for (int n = 0; n < 8; n++) {
                String node = "node-" + n;
                claimers.add(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        queue.claim(node).filter(d -> d.endpointId().equals(endpointId)).ifPresent(d -> mine.add(d.deliveryId()));
                    }
                    return mine;
                });
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> claimed : nodes.invokeAll(claimers)) {
                all.addAll(claimed.get());
            }
            assertThat(all).as("claimed deliveries").doesNotHaveDuplicates().hasSize(subjects.size());
            List<String> firsts = jdbc.sql("SELECT delivery_id FROM webhook_delivery d WHERE endpoint_id = ? AND seq = "
                    + "(SELECT MIN(seq) FROM webhook_delivery p WHERE p.endpoint_id = d.endpoint_id AND p.subject = d.subject)")
                    .param(endpointId).query(String.class).list();
            assertThat(all).as("only the first delivery of each case").containsExactlyInAnyOrderElementsOf(firsts);
        } finally {
            jdbc.sql("UPDATE webhook_endpoint SET enabled = FALSE WHERE endpoint_id = ?").param(endpointId).update();
            nodes.shutdownNow();
            dispatcher.start();
        }
    }
}
