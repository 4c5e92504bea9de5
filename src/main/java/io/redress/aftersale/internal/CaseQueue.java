package io.redress.aftersale.internal;

import io.redress.aftersale.CaseStatus;
import java.time.Instant;
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

    /** Copies the due time of the case's running deadline (null: none) for the queue's order. */
    public void deadlineChanged(String caseId, Instant dueAt) {
        jdbc.sql("UPDATE after_sale_case SET deadline_at = ? WHERE case_id = ?")
                .params(dueAt == null ? null : dueAt.atOffset(ZoneOffset.UTC), caseId).update();
    }

    public Page find(Scope scope, CaseStatus status, String orderId, int page, int size) {
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
        long total = jdbc.sql("SELECT COUNT(*) FROM after_sale_case" + where).params(params).query(Long.class).single();
        String order = scope.shopId() != null
                ? " ORDER BY deadline_at NULLS LAST, created_at, case_id"
                : " ORDER BY created_at DESC, case_id";
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) page * size);
        List<String> ids = jdbc.sql("SELECT case_id FROM after_sale_case" + where + order + " LIMIT ? OFFSET ?")
                .params(paged).query(String.class).list();
        return new Page(ids, total);
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
