package io.redress.aftersale.internal;

import io.redress.aftersale.CaseStatus;
import io.redress.shared.ListCursor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds cases for lists: by buyer, by shop (the seller's queue, most urgent deadline first) or all. */
@Repository
public class CaseQueue {

    private final JdbcClient jdbc;

    CaseQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which cases a list may contain: one buyer's, one shop's, or every case (null ids). */
    public record Scope(String buyerId, String shopId) {
    }

    /** One page of case ids and how many cases match in all. */
    public record Page(List<String> caseIds, long total) {
    }

    /** One keyset page of case ids, and the cursor of the next page (null: this was the last). */
    public record Keyset(List<String> caseIds, String next) {
    }

    /** The list's ordering: a shop's queue by deadline (none last), every other list newest first. */
    private static final String RECENT = "recent";
    private static final String QUEUE = "queue";

    /**
     * The page after {@code cursor} (null: the first) of the scope's cases, each page one range read of an index
     * in the list's order ({@code V24_1__list_indexes.sql}) however many cases there are: newest first
     * ({@code created_at DESC, case_id DESC}), or for a shop's queue the most urgent deadline first and those
     * without one last ({@code deadline_at, created_at, case_id}), read as two ranges.
     */
    public Keyset keyset(Scope scope, CaseStatus status, String orderId, String cursor, int size) {
        int wanted = size + 1;
        List<Row> rows = new ArrayList<>();
        for (Range range : ranges(scope, status, orderId, cursor)) {
            if (rows.size() < wanted) {
                List<Object> params = new ArrayList<>(range.params());
                params.add(wanted - rows.size());
                rows.addAll(jdbc.sql(range.sql()).params(params).query((rs, n) -> {
                    OffsetDateTime deadline = rs.getObject("deadline_at", OffsetDateTime.class);
                    return new Row(rs.getString("case_id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            deadline == null ? null : deadline.toInstant());
                }).list());
            }
        }
        List<Row> page = rows.subList(0, Math.min(size, rows.size()));
        String next = null;
        if (rows.size() > size) {
            Row last = page.get(page.size() - 1);
            next = (scope.shopId() == null
                    ? new ListCursor(RECENT, List.of(ListCursor.key(last.createdAt()), last.caseId()))
                    : new ListCursor(QUEUE, List.of(ListCursor.key(last.deadlineAt()), ListCursor.key(last.createdAt()),
                            last.caseId()))).token();
        }
        return new Keyset(page.stream().map(Row::caseId).toList(), next);
    }

    /** One index range of a keyset page: its query (the row limit its last parameter) and the other parameters. */
    record Range(String sql, List<Object> params) {
    }

    /** The ranges a keyset page after {@code cursor} reads, in order, until it has enough rows. */
    List<Range> ranges(Scope scope, CaseStatus status, String orderId, String cursor) {
        Filter filter = filter(scope, status, orderId);
        String select = "SELECT case_id, created_at, deadline_at FROM after_sale_case" + filter.where();
        List<Range> ranges = new ArrayList<>();
        if (scope.shopId() == null) {
            ListCursor after = cursor == null ? null : ListCursor.parse(cursor, RECENT, 2);
            ranges.add(range(select + (after == null ? "" : " AND (created_at, case_id) < (?, ?)")
                            + " ORDER BY created_at DESC, case_id DESC LIMIT ?", filter,
                    after == null ? List.of() : List.of(utc(after.instant(0)), after.key(1))));
            return ranges;
        }
        ListCursor after = cursor == null ? null : ListCursor.parse(cursor, QUEUE, 3);
        Instant afterDeadline = after == null ? null : after.instantOrNull(0);
        if (after == null || afterDeadline != null) {
            ranges.add(range(select + " AND deadline_at IS NOT NULL"
                            + (after == null ? "" : " AND (deadline_at, created_at, case_id) > (?, ?, ?)")
                            + " ORDER BY deadline_at, created_at, case_id LIMIT ?", filter,
                    after == null ? List.of() : List.of(utc(afterDeadline), utc(after.instant(1)), after.key(2))));
        }
        boolean inNulls = after != null && afterDeadline == null;
        ranges.add(range(select + " AND deadline_at IS NULL" + (inNulls ? " AND (created_at, case_id) > (?, ?)" : "")
                        + " ORDER BY created_at, case_id LIMIT ?", filter,
                inNulls ? List.of(utc(after.instant(1)), after.key(2)) : List.of()));
        return ranges;
    }

    private static Range range(String sql, Filter filter, List<Object> rangeParams) {
        List<Object> params = new ArrayList<>(filter.params());
        params.addAll(rangeParams);
        return new Range(sql, params);
    }

    /**
     * One page by number and how many cases match in all: the offset form, kept for clients that page by number.
     * It counts every matching case and skips {@code page * size} rows, so it slows down as lists grow; prefer
     * {@link #keyset}.
     */
    public Page find(Scope scope, CaseStatus status, String orderId, int page, int size) {
        Filter filter = filter(scope, status, orderId);
        long total = jdbc.sql("SELECT COUNT(*) FROM after_sale_case" + filter.where()).params(filter.params())
                .query(Long.class).single();
        String order = scope.shopId() != null
                ? " ORDER BY deadline_at NULLS LAST, created_at, case_id"
                : " ORDER BY created_at DESC, case_id DESC";
        List<Object> paged = new ArrayList<>(filter.params());
        paged.add(size);
        paged.add((long) page * size);
        List<String> ids = jdbc.sql("SELECT case_id FROM after_sale_case" + filter.where() + order + " LIMIT ? OFFSET ?")
                .params(paged).query(String.class).list();
        return new Page(ids, total);
    }

    /** How many cases of the scope match (for a list filtered to one order: a handful). */
    public long count(Scope scope, CaseStatus status, String orderId) {
        Filter filter = filter(scope, status, orderId);
        return jdbc.sql("SELECT COUNT(*) FROM after_sale_case" + filter.where()).params(filter.params())
                .query(Long.class).single();
    }

    private record Filter(String where, List<Object> params) {
    }

    private record Row(String caseId, Instant createdAt, Instant deadlineAt) {
    }

    private static Filter filter(Scope scope, CaseStatus status, String orderId) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (scope.buyerId() != null) {
            where.append(" AND buyer_id = ?");
            params.add(scope.buyerId());
        }
        if (scope.shopId() != null) {
            where.append(" AND shop_id = ?");
            params.add(scope.shopId());
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        if (orderId != null) {
            where.append(" AND order_id = ?");
            params.add(orderId);
        }
        return new Filter(where.toString(), params);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * Up to {@code limit} open cases of the scope that may wait for someone (not terminal, not paying out), soonest
     * deadline first; {@code platform}: only cases at the platform (escalated and not yet ruled on).
     */
    public List<String> awaiting(Scope scope, boolean platform, int limit) {
        StringBuilder where = new StringBuilder(
                " WHERE status NOT IN ('REFUNDING', 'REFUNDED', 'CLOSED', 'COMPLETED')");
        List<Object> params = new ArrayList<>();
        if (scope.buyerId() != null) {
            where.append(" AND buyer_id = ?");
            params.add(scope.buyerId());
        }
        if (scope.shopId() != null) {
            where.append(" AND shop_id = ?");
            params.add(scope.shopId());
        }
        if (platform) {
            where.append(" AND intervention IN ('REQUESTED', 'FIRST_REVIEW')");
        }
        params.add(limit);
        return jdbc.sql("SELECT case_id FROM after_sale_case" + where
                        + " ORDER BY deadline_at NULLS LAST, created_at, case_id LIMIT ?")
                .params(params).query(String.class).list();
    }
}
