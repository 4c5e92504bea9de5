package io.redress.aftersale;

import java.util.List;

/**
 * Entries another module adds to a case's timeline without moving the case (e.g. requests made after a refund).
 * Implemented by modules that depend on aftersale; {@link CaseDesk#timeline} merges them with the case's own
 * transitions, messages and attention, in version and time order.
 */
public interface CaseTimelineSource {

    /** The entries of {@code c} this source holds, each at the case version current when it happened. */
    List<CaseEvent> events(Case c);
}
