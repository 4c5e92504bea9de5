package io.redress.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares the running balances of {@code ledger_account_balance} with the sums of their accounts' lines, as the
 * migration that made the table computes them (its own query, read from the migration), so one check proves both
 * that every entry moved its row and that the migration fills the rows of an existing ledger correctly.
 */
final class RunningBalances {

    private RunningBalances() {
    }

    /** The query of {@code V27_1__ledger_running_balance.sql} that sums the payables' lines. */
    static String migrationSums() {
        try {
            String script = new ClassPathResource("db/migration/V27_1__ledger_running_balance.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
            int select = script.indexOf("SELECT l.account");
            return script.substring(select, script.indexOf(';', select));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "account currency" to "row=… lines=…" for every account whose row and lines disagree; empty when none does.
     * One statement, so that it reads one snapshot while other transactions post.
     */
    static Map<String, String> differences(JdbcClient jdbc) {
        String sums = "(" + migrationSums() + ") s";
        Map<String, String> differences = new TreeMap<>();
        jdbc.sql("SELECT b.account, b.currency, b.balance, s.balance FROM ledger_account_balance b LEFT JOIN " + sums
                + " ON s.account = b.account AND s.currency = b.currency WHERE s.balance IS NULL OR s.balance <> b.balance"
                + " UNION ALL SELECT s.account, s.currency, NULL, s.balance FROM " + sums
                + " LEFT JOIN ledger_account_balance b ON b.account = s.account AND b.currency = s.currency"
                + " WHERE b.account IS NULL")
                .query(rs -> {
                    differences.put(rs.getString(1) + " " + rs.getString(2),
                            "row=" + rs.getObject(3) + " lines=" + rs.getObject(4));
                });
        return differences;
    }
}
