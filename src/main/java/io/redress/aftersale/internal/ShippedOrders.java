package io.redress.aftersale.internal;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseLifecycle;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.Cases;
import io.redress.aftersale.GoodsStage;
import io.redress.orders.FulfilmentEvent;
import io.redress.orders.FulfilmentRecorded;
import io.redress.orders.OrderLocks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The seller shipping an order answers an open refund-only request made before shipment: the case closes
 * with SELLER_SHIPPED (the buyer may apply again once the goods arrive), in the transaction that records the
 * shipment: the carrier event and its answer commit together, and a carrier event leaves no registry row, claim or
 * completion behind (most orders have no case when they ship). That transaction holds the order's lock, as every
 * party action does, so that closing and releasing the case's money cannot deadlock against one.
 */
@Component
class ShippedOrders {

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final OrderLocks orderLocks;

    ShippedOrders(Cases cases, CaseLifecycle lifecycle, OrderLocks orderLocks) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.orderLocks = orderLocks;
    }

    @EventListener
    void on(FulfilmentRecorded recorded) {
        if (recorded.event() != FulfilmentEvent.SHIPPED) {
            return;
        }
        orderLocks.lock(recorded.orderId());
        for (Case c : cases.ofOrder(recorded.orderId())) {
            boolean covered = c.lines().stream().map(CaseLine::lineId).anyMatch(recorded.lineIds()::contains);
            if (covered && c.type() == CaseType.REFUND_ONLY && c.goods() == GoodsStage.UNSHIPPED) {
                close(c.caseId());
            }
        }
    }

    /** Closes the case if it still waits for the seller (read under the order's lock, so no party races it). */
    private void close(String caseId) {
        Case c = cases.find(caseId).orElseThrow();
        if (c.status() == CaseStatus.REQUESTED && !c.intervention().open()) {
            lifecycle.act(caseId, Actor.SYSTEM, CaseAction.SELLER_SHIPPED_ORDER, c.version());
        }
    }
}
