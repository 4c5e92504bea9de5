package io.redress.aftersale.web;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseOverview;
import io.redress.deadlines.Deadline;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A case in API.md's shape, as one caller sees it. */
record CaseView(String caseId, String orderId, String buyerId, String shopId, String type, String reason,
        String status, String intervention, String currency, long requestedAmount, Long agreedAmount,
        long refundedAmount, List<CaseLine> lines, DeadlineView deadline, List<String> allowedActions,
        String closeReason, String attention, String returnAddress, Boolean returnAddressBySystem, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Who must act by when, and what happens if they do not. */
    record DeadlineView(OffsetDateTime at, String party, String onExpiry) {
    }

    static CaseView of(CaseOverview overview, ZoneId zone) {
        Case c = overview.detail();
        Deadline d = overview.deadline();
        return new CaseView(c.caseId(), c.orderId(), c.buyerId(), c.shopId(), c.type().name(), c.reason().name(),
                c.status().name(), c.intervention().name(), c.currency(), c.requestedAmount(), c.agreedAmount(),
                c.refundedAmount(), c.lines(),
                d == null ? null : new DeadlineView(local(d.dueAt(), zone), d.party(), d.onExpiry()),
                overview.allowedActions(), c.closeReason() == null ? null : c.closeReason().name(), overview.attention(),
                c.returnAddress() == null ? null : c.returnAddress().address(),
                c.returnAddress() == null ? null : c.returnAddress().bySystem(),
                c.version(),
                local(c.createdAt(), zone), local(c.updatedAt(), zone));
    }

    static OffsetDateTime local(Instant at, ZoneId zone) {
        return at.atZone(zone).toOffsetDateTime();
    }
}
