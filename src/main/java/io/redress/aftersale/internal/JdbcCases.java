package io.redress.aftersale.internal;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.Cases;
import io.redress.aftersale.CloseReason;
import io.redress.aftersale.GoodsStage;
import io.redress.aftersale.InterventionStatus;
import io.redress.shared.TransactionMemory;
import io.redress.shared.DeferredInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Cases in after_sale_case and after_sale_case_line; a save is a compare-and-set on the version. */
@Repository
class JdbcCases implements Cases {

    private static final String COLUMNS = "case_id, order_id, buyer_id, shop_id, case_type, reason, status,"
            + " intervention, close_reason, goods_stage, timer_category, currency, requested_amount, agreed_amount, refunded_amount,"
            + " return_address, return_address_by_system, policy_profile, policy_version, version, created_at, updated_at";

    /** The case with its lines, one row per line (one with null line columns for a case without lines). */
    private static final String WITH_LINES = "SELECT " + prefixed() + ", l.line_id, l.quantity"
            + " FROM after_sale_case c LEFT JOIN after_sale_case_line l ON l.case_id = c.case_id";

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    /** The cases this transaction stored: it holds their rows' locks, so a later read in it gives the same. */
    private final TransactionMemory<String, Case> written = new TransactionMemory<>();

    /** The cases this transaction inserted. */
    private final TransactionMemory<String, Boolean> added = new TransactionMemory<>();

    JdbcCases(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    @Override
    public Optional<Case> find(String caseId) {
        Optional<Case> known = written.get(caseId);
        if (known.isPresent()) {
            return known;
        }
        return read(WITH_LINES + " WHERE c.case_id = ? ORDER BY l.line_id", List.of(caseId)).stream().findFirst();
    }

    @Override
    public List<Case> ofOrder(String orderId) {
        return read(WITH_LINES + " WHERE c.order_id = ? ORDER BY c.created_at, c.case_id, l.line_id", List.of(orderId));
    }

    @Override
    public List<Case> all(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<String, Case> byId = new HashMap<>();
        read(WITH_LINES + " WHERE c.case_id IN (" + String.join(", ", Collections.nCopies(caseIds.size(), "?"))
                + ") ORDER BY c.case_id, l.line_id", List.copyOf(caseIds)).forEach(c -> byId.put(c.caseId(), c));
        return caseIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The cases the query finds, in its order, each with its lines (the rows of one case come together). */
    private List<Case> read(String sql, List<Object> params) {
        Map<String, Case> cases = new LinkedHashMap<>();
        Map<String, List<CaseLine>> lines = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            String caseId = rs.getString("case_id");
            String lineId = rs.getString("line_id");
            List<CaseLine> line = lineId == null ? List.of() : List.of(new CaseLine(lineId, rs.getInt("quantity")));
            if (!cases.containsKey(caseId)) {
                cases.put(caseId, row(rs, line));
                lines.put(caseId, new ArrayList<>());
            }
            lines.get(caseId).addAll(line);
        });
        return cases.values().stream().map(c -> c.lines().size() == lines.get(c.caseId()).size() ? c
                : withLines(c, lines.get(c.caseId()))).toList();
    }

    private static String prefixed() {
        return Arrays.stream(COLUMNS.split(",")).map(column -> "c." + column.trim()).collect(Collectors.joining(", "));
    }

    @Override
    @Transactional(readOnly = true)
    public long refundedFor(String buyerId, Instant after, Instant notAfter) {
        return jdbc.sql("SELECT COUNT(*) FROM after_sale_case WHERE buyer_id = ? AND refunded_at > ? AND refunded_at <= ?")
                .params(buyerId, utc(after), utc(notAfter)).query(Long.class).single();
    }

    @Override
    @Transactional
    public Case add(Case created, Instant deadlineAt) {
        Case stored = truncated(created);
        inserts.insert("INSERT INTO after_sale_case (" + COLUMNS + ", deadline_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stored.caseId(), stored.orderId(), stored.buyerId(), stored.shopId(), stored.type().name(),
                stored.reason().name(), stored.status().name(), stored.intervention().name(),
                name(stored.closeReason()), stored.goods().name(), stored.timerCategory(), stored.currency(), stored.requestedAmount(),
                stored.agreedAmount(), stored.refundedAmount(), address(stored), bySystem(stored), stored.policyProfile(), stored.policyVersion(),
                stored.version(), utc(stored.createdAt()), utc(stored.updatedAt()),
                deadlineAt == null ? null : utc(deadlineAt));
        inserts.insertRows("INSERT INTO after_sale_case_line (case_id, line_id, quantity) VALUES (?, ?, ?)",
                stored.lines().stream().map(line -> new Object[] {stored.caseId(), line.lineId(), line.quantity()}).toList());
        written.put(stored.caseId(), stored);
        added.put(stored.caseId(), Boolean.TRUE);
        return stored;
    }

    @Override
    public boolean addedHere(String caseId) {
        return added.knows(caseId);
    }

    @Override
    @Transactional
    public Case save(Case changed) {
        return save(changed, false, null);
    }

    @Override
    @Transactional
    public Case save(Case changed, Instant deadlineAt) {
        return save(changed, true, deadlineAt);
    }

    private Case save(Case changed, boolean withDeadline, Instant deadlineAt) {
        Case stored = truncated(changed);
        List<Object> params = new ArrayList<>(List.of(stored.status().name(), stored.intervention().name()));
        params.addAll(Arrays.asList(name(stored.closeReason()), stored.reason().name(), stored.requestedAmount(),
                stored.agreedAmount(), stored.refundedAmount(), address(stored), bySystem(stored), stored.version(),
                utc(stored.updatedAt()), stored.status() == CaseStatus.REFUNDED ? utc(stored.updatedAt()) : null));
        if (withDeadline) {
            params.add(deadlineAt == null ? null : utc(deadlineAt));
        }
        params.addAll(List.of(stored.caseId(), stored.version() - 1));
        int updated = jdbc.sql("UPDATE after_sale_case SET status = ?, intervention = ?, close_reason = ?, reason = ?,"
                        + " requested_amount = ?, agreed_amount = ?, refunded_amount = ?, return_address = ?,"
                        + " return_address_by_system = ?, version = ?, updated_at = ?, refunded_at = COALESCE(refunded_at, ?)"
                        + (withDeadline ? ", deadline_at = ?" : "") + " WHERE case_id = ? AND version = ?")
                .params(params)
                .update();
        if (updated == 0) {
            Case current = find(stored.caseId())
                    .orElseThrow(() -> new IllegalStateException("no case " + stored.caseId() + " to save"));
            throw new StaleCase(current);
        }
        written.put(stored.caseId(), stored);
        return stored;
    }

    private static Case row(ResultSet row, List<CaseLine> lines) throws SQLException {
        String caseId = row.getString("case_id");
        long agreed = row.getLong("agreed_amount");
        Long agreedAmount = row.wasNull() ? null : agreed;
        String closeReason = row.getString("close_reason");
        return new Case(caseId, row.getString("order_id"), row.getString("buyer_id"), row.getString("shop_id"),
                CaseType.valueOf(row.getString("case_type")), CaseReason.valueOf(row.getString("reason")),
                CaseStatus.valueOf(row.getString("status")), InterventionStatus.valueOf(row.getString("intervention")),
                closeReason == null ? null : CloseReason.valueOf(closeReason),
                GoodsStage.valueOf(row.getString("goods_stage")), row.getString("timer_category"),
                row.getString("currency"),
                row.getLong("requested_amount"), agreedAmount, row.getLong("refunded_amount"), lines, returnAddress(row),
                row.getString("policy_profile"), row.getInt("policy_version"), row.getLong("version"),
                instant(row, "created_at"), instant(row, "updated_at"));
    }

    private static Case.ReturnAddress returnAddress(ResultSet row) throws SQLException {
        String address = row.getString("return_address");
        return address == null ? null : new Case.ReturnAddress(address, row.getBoolean("return_address_by_system"));
    }

    private static String address(Case c) {
        return c.returnAddress() == null ? null : c.returnAddress().address();
    }

    private static Boolean bySystem(Case c) {
        return c.returnAddress() == null ? null : c.returnAddress().bySystem();
    }

    private static Case withLines(Case c, List<CaseLine> lines) {
        return new Case(c.caseId(), c.orderId(), c.buyerId(), c.shopId(), c.type(), c.reason(), c.status(),
                c.intervention(), c.closeReason(), c.goods(), c.timerCategory(), c.currency(), c.requestedAmount(),
                c.agreedAmount(), c.refundedAmount(), lines, c.returnAddress(), c.policyProfile(), c.policyVersion(),
                c.version(), c.createdAt(), c.updatedAt());
    }

    /** The database keeps microseconds; the returned value is what a later read gives back. */
    private static Case truncated(Case c) {
        return new Case(c.caseId(), c.orderId(), c.buyerId(), c.shopId(), c.type(), c.reason(), c.status(),
                c.intervention(), c.closeReason(), c.goods(), c.timerCategory(), c.currency(), c.requestedAmount(), c.agreedAmount(),
                c.refundedAmount(), c.lines(), c.returnAddress(), c.policyProfile(), c.policyVersion(), c.version(),
                c.createdAt().truncatedTo(ChronoUnit.MICROS), c.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
