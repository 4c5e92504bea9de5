package io.redress;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row counts and a digest of every row of the business tables, to prove that a run of requests changed nothing. */
final class BusinessSnapshot {

    static final List<String> TABLES = List.of("orders", "order_lines", "order_discounts", "order_payments",
            "order_fulfilment", "after_sale_case", "after_sale_case_line", "after_sale_case_event",
            "after_sale_case_reservation", "case_deadline", "refund_request", "refund_attempt", "ledger_entry",
            "ledger_line", "ledger_account_balance", "evidence", "identity_user", "identity_user_role", "identity_shop", "identity_service_key",
            "policy_version", "post_refund_request", "buyer_receivable");

    private BusinessSnapshot() {
    }

    /** Per table "rows=N sha256=..." (rows sorted, so the order the database returns them in does not matter). */
    static Map<String, String> of(JdbcClient jdbc) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            List<String> rows = new ArrayList<>(jdbc.sql("SELECT * FROM " + table).query(BusinessSnapshot::row).list());
            Collections.sort(rows);
            MessageDigest digest = sha256();
            rows.forEach(row -> digest.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            tables.put(table, "rows=" + rows.size() + " sha256=" + HexFormat.of().formatHex(digest.digest()));
        }
        return tables;
    }

    private static String row(ResultSet rs, int n) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(sha256().digest(bytes)) : String.valueOf(value))
                    .append('\u0001');
        }
        return row.append('\n').toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
