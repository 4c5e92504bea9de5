package io.redress.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressPostgresTest;
import io.redress.budget.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL an order's lock taken with the transaction's next statement ({@link OrderLocks#lockWithNextStatement})
 * travels in that statement's round trip, right before it, and is held from then to the end of the transaction.
 */
@RedressPostgresTest
class OrderLocksPostgresTest {

    @Autowired MockMvc mvc;
    @Autowired OrderLocks locks;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void aLockTakenWithTheNextStatementGoesInItsRoundTripAndHoldsTheOrderFromThenOn() throws Exception {
        String id = OrderJson.pushExample(mvc);
        boolean[] lockedBeforeTheStatement = new boolean[1];
        boolean[] lockedAfterIt = new boolean[1];
        Statements.Recording recording = Statements.onThisThread();
        transaction.executeWithoutResult(status -> {
            locks.lockWithNextStatement(id);
            lockedBeforeTheStatement[0] = lockedElsewhere(id);
            assertThat(jdbc.sql("SELECT buyer_id FROM orders WHERE order_id = ?").param(id).query(String.class).single())
                    .isNotNull();
            lockedAfterIt[0] = lockedElsewhere(id);
            locks.lockWithNextStatement(id); // held already: nothing more is sent
            jdbc.sql("SELECT 1").query(Integer.class).single();
        });
        Statements.Tally tally = recording.stop();
        assertThat(lockedBeforeTheStatement[0]).as("nothing is locked before the next statement runs").isFalse();
        assertThat(lockedAfterIt[0]).as("locked from the next statement on").isTrue();
        assertThat(tally.sql()).containsExactly(
                "SELECT order_id FROM orders WHERE order_id = ? FOR UPDATE; SELECT buyer_id FROM orders WHERE order_id = ?",
                "SELECT 1");
        assertThat(lockedElsewhere(id)).as("released with the transaction").isFalse();
    }

    @Test
    void theOrderOfANonexistentOrderIsNotFoundByTheStatementThatCarriesItsLock() {
        Long found = transaction.execute(status -> {
            locks.lockWithNextStatement("no-such-order");
            return jdbc.sql("SELECT COUNT(*) FROM orders WHERE order_id = ?").param("no-such-order").query(Long.class)
                    .single();
        });
        assertThat(found).isZero();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> locks.lock("no-such-order")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Whether another session finds the order's row locked (its own connection, on another thread: outside the
     * caller's transaction and its recording).
     */
    private boolean lockedElsewhere(String orderId) {
        return CompletableFuture.supplyAsync(() -> tryLock(orderId)).join();
    }

    private boolean tryLock(String orderId) {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "SELECT order_id FROM orders WHERE order_id = ? FOR UPDATE NOWAIT")) {
                lock.setString(1, orderId);
                try (ResultSet rows = lock.executeQuery()) {
                    return !rows.next();
                }
            } catch (SQLException notAvailable) {
                if ("55P03".equals(notAvailable.getSQLState())) {
                    return true;
                }
                throw notAvailable;
            } finally {
                other.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
