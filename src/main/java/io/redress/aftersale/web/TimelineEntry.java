package io.redress.aftersale.web;

import io.redress.aftersale.CaseEvent;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/** One transition of a case: who (actor and user), when, what, from which status to which, and what they said. */
record TimelineEntry(long version, OffsetDateTime at, String actor, String user, String action, String from,
        String to, String intervention, String message, Map<String, Object> details) {

    static TimelineEntry of(CaseEvent e, ZoneId zone) {
        return new TimelineEntry(e.version(), CaseView.local(e.at(), zone), e.actor().name(), e.user(), e.action(),
                e.from() == null ? null : e.from().name(), e.to().name(), e.intervention().name(), e.message(),
                e.details());
    }
}
