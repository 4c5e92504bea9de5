package io.redress.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressIntegrationTest;
import io.redress.ledger.Account;
import io.redress.ledger.EntryKind;
import io.redress.ledger.JournalEntry;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger remembers the accounts it found stored, so a posting does not insert them again; an account a
 * transaction inserted itself is not remembered, because that transaction may roll back and take the row with it.
 */
@RedressIntegrationTest
class KnownAccountsIntegrationTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Autowired JournalRows rows;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void anAccountWhoseInsertRolledBackIsInsertedAgainByTheNextPosting() {
        Account account = Account.buyerFunds("buyer-" + UUID.randomUUID());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            rows.ensureAccount(account, Instant.now());
            throw new IllegalStateException("rolled back on purpose");
        })).hasMessage("rolled back on purpose");
        assertThat(stored(account)).isZero();

        Optional<Long> posted = tx.execute(status -> rows.insert(JournalEntry.builder("test:" + UUID.randomUUID(),
                EntryKind.REFUND_PAYOUT, "o-" + UUID.randomUUID(), CNY).debit(account, 100)
                .credit(Account.PSP_CLEARING, 100).build(), Instant.now()));

        assertThat(posted).isPresent();
        assertThat(stored(account)).isEqualTo(1);
    }

    @Test
    void anAccountFoundStoredIsNotInsertedAgain() {
        Account account = Account.buyerFunds("buyer-" + UUID.randomUUID());
        rows.ensureAccount(account, Instant.now());
        rows.ensureAccount(account, Instant.now());
        jdbc.sql("DELETE FROM ledger_account WHERE account = ?").param(account.id()).update();

        rows.ensureAccount(account, Instant.now());

        assertThat(stored(account)).as("remembered as stored, so not inserted again").isZero();
    }

    private long stored(Account account) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_account WHERE account = ?").param(account.id()).query(Long.class).single();
    }
}
