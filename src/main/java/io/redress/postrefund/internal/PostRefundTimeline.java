package io.redress.postrefund.internal;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.TimelineEntries;
import java.util.List;
import java.util.Map;

/** The steps of the case's requests after its refund, on the case's timeline (the case does not move). */
@org.springframework.stereotype.Component
class PostRefundTimeline implements TimelineEntries {

    private final RequestRows rows;

    PostRefundTimeline(RequestRows rows) {
        this.rows = rows;
    }

    @Override
    public List<CaseEvent> of(Case c) {
        return rows.steps(c.caseId()).stream().map(step -> new CaseEvent(step.caseVersion(), step.at(),
                Actor.valueOf(step.actor()), step.username(), step.action(), c.status(), c.status(), c.intervention(),
                step.message(), Map.of("requestId", step.requestId()))).toList();
    }
}
