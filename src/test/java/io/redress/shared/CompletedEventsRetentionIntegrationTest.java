package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox keeps what is in flight and a short history, never less. */
@RedressIntegrationTest
class CompletedEventsRetentionIntegrationTest {

    private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    // later than any development clock can be moved in a test run
    private static final OffsetDateTime LATER = OffsetDateTime.now(ZoneOffset.UTC).plusYears(30);

    @Autowired
    CompletedEventsRetention retention;

    @Autowired
    JdbcClient jdbc;

    private final UUID oldCompleted = UUID.randomUUID();
    private final UUID oldIncomplete = UUID.randomUUID();
    private final UUID recentCompleted = UUID.randomUUID();

    @Test
    void completedPublicationsOlderThanTheHistoryGoIncompleteOnesStay() {
        insert(oldCompleted, LONG_AGO, "COMPLETED");
        insert(oldIncomplete, null, "PUBLISHED");
        insert(recentCompleted, LATER, "COMPLETED");

        retention.forgetOldCompletions();

        assertThat(remaining()).containsExactlyInAnyOrder(oldIncomplete, recentCompleted);
    }

    @AfterEach
    void removeTestRows() {
        jdbc.sql("DELETE FROM event_publication WHERE id IN (?, ?, ?)").params(oldCompleted, oldIncomplete, recentCompleted)
                .update();
    }

    private void insert(UUID id, OffsetDateTime completedAt, String status) {
        // a listener no one has, so that nothing delivers the incomplete row meanwhile
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status, completion_attempts)
                VALUES (?, 'retention-test.listener', 'io.redress.orders.OrderReceived', '{"orderId":"retention-test"}',
                        ?, ?, ?, 1)""")
                .params(id, LONG_AGO, completedAt, status).update();
    }

    private List<UUID> remaining() {
        return jdbc.sql("SELECT id FROM event_publication WHERE id IN (?, ?, ?)")
                .params(oldCompleted, oldIncomplete, recentCompleted).query(UUID.class).list();
    }
}
