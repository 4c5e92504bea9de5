package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The upgrades that move listeners into their publishing transactions stop while any of theirs is still queued. */
class ListenersMovedIntoTheirTransactionsTest {

    private Connection connection;
    private final V1_2__Listeners_moved_into_their_transactions migration = new V1_2__Listeners_moved_into_their_transactions();

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:queued-postings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    }

    @AfterEach
    void close() throws Exception {
        try (Statement sql = connection.createStatement()) {
            sql.execute("DROP ALL OBJECTS");
        }
        connection.close();
    }

    @Test
    void aDatabaseWithoutTheRegistryYetMigrates() {
        assertThatCode(() -> migration.migrate(context())).doesNotThrowAnyException();
    }

    @Test
    void completedPostingsAndOtherListenersQueuedDoNotStopIt() throws Exception {
        registry();
        publication(V1_2__Listeners_moved_into_their_transactions.MOVED.get(0), "CURRENT_TIMESTAMP");
        publication(V1_2__Listeners_moved_into_their_transactions.MOVED.get(1), "CURRENT_TIMESTAMP");
        publication("io.redress.ledger.internal.LedgerListeners.on(io.redress.payments.RefundLegSucceeded)", "NULL");
        publication("io.redress.aftersale.internal.CasePayouts.on(io.redress.payments.RefundCompleted)", "NULL");

        assertThatCode(() -> migration.migrate(context())).doesNotThrowAnyException();
    }

    @Test
    void aQueuedPostingStopsTheUpgradeAndSaysWhatToDo() throws Exception {
        registry();
        publication(V1_2__Listeners_moved_into_their_transactions.MOVED.get(0), "NULL");
        publication(V1_2__Listeners_moved_into_their_transactions.MOVED.get(1), "NULL");
        publication(V1_2__Listeners_moved_into_their_transactions.MOVED.get(2), "NULL");
        publication(V1_2__Listeners_moved_into_their_transactions.MOVED.get(2), "CURRENT_TIMESTAMP");

        assertThatThrownBy(() -> migration.migrate(context())).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("3 event publication(s) are still queued")
                .hasMessageContaining("start the previous version until they are completed");
        try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM event_publication")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(4);
        }
    }

    @Test
    void aQueuedPaidLegOrRefundCompletionStopsItsUpgradeButNotTheEarlierOne() throws Exception {
        registry();
        publication(V1_3__Paid_legs_in_their_transaction.MOVED.get(0), "NULL");
        publication(V1_3__Paid_legs_in_their_transaction.MOVED.get(1), "NULL");
        publication(V1_3__Paid_legs_in_their_transaction.MOVED.get(1), "CURRENT_TIMESTAMP");

        assertThatCode(() -> migration.migrate(context())).doesNotThrowAnyException();
        assertThatThrownBy(() -> new V1_3__Paid_legs_in_their_transaction().migrate(context()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("2 event publication(s) are still queued")
                .hasMessageContaining("LedgerListeners.on(io.redress.payments.RefundLegSucceeded)")
                .hasMessageContaining("CasePayouts.on(io.redress.payments.RefundCompleted)")
                .hasMessageContaining("start the previous version until they are completed");
    }

    @Test
    void withThosePublicationsDeliveredTheUpgradeGoesOn() throws Exception {
        registry();
        publication(V1_3__Paid_legs_in_their_transaction.MOVED.get(0), "CURRENT_TIMESTAMP");
        publication(V1_3__Paid_legs_in_their_transaction.MOVED.get(1), "CURRENT_TIMESTAMP");
        publication("io.redress.aftersale.internal.CasePayouts.on(io.redress.payments.RefundCompletion)", "NULL");
        publication("io.redress.ledger.internal.LedgerListeners.on(io.redress.payments.RefundLegRecorded)", "NULL");

        assertThatCode(() -> new V1_3__Paid_legs_in_their_transaction().migrate(context())).doesNotThrowAnyException();
    }

    private void registry() throws Exception {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE event_publication (id UUID PRIMARY KEY, listener_id TEXT NOT NULL,"
                    + " completion_date TIMESTAMP WITH TIME ZONE)");
        }
    }

    private void publication(String listener, String completion) throws Exception {
        try (var insert = connection.prepareStatement("INSERT INTO event_publication (id, listener_id, completion_date)"
                + " VALUES (RANDOM_UUID(), ?, " + completion + ")")) {
            insert.setString(1, listener);
            insert.executeUpdate();
        }
    }

    private Context context() {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
