package io.redress.aftersale.web;

import io.redress.aftersale.Actor;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.InterventionStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/** One transition of a case: who (actor and user), when, what, from which status to which, and what they said. */
record TimelineEntry(long version, OffsetDateTime at, @Schema(implementation = Actor.class) String actor,
        @Schema(description = "the user who acted; null for SYSTEM") String user,
        @Schema(description = "the action, e.g. agree or AUTO_AGREE") String action,
        @Schema(implementation = CaseStatus.class, description = "null for the application") String from,
        @Schema(implementation = CaseStatus.class) String to,
        @Schema(implementation = InterventionStatus.class) String intervention, String message,
        Map<String, Object> details) {

    static TimelineEntry of(CaseEvent e, ZoneId zone) {
        return new TimelineEntry(e.version(), CaseView.local(e.at(), zone), e.actor().name(), e.user(), e.action(),
                e.from() == null ? null : e.from().name(), e.to().name(), e.intervention().name(), e.message(),
                e.details());
    }
}
