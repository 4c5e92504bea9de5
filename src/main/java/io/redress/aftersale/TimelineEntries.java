package io.redress.aftersale;

import java.util.List;

/**
 * Entries another module adds to case timelines without moving the case (e.g. a dossier download): every bean
 * implementing it is asked for the case's entries, each at the case version it happened at, and the timeline shows
 * them with the transitions and messages to whoever may see the case.
 */
public interface TimelineEntries {

    /** The module's entries about {@code c}, in any order. */
    List<CaseEvent> of(Case c);
}
