package io.redress.policy;

import java.time.Instant;

/** One published version of a policy profile; a case keeps the version in force when it was created. */
public record Policy(String profile, int version, Instant effectiveFrom, Instant publishedAt, boolean urgent,
        String publishedBy, PolicyRules rules) {

    /** The timer for goods of {@code category} (null: no category) under this version. */
    public TimerSetting timer(TimerId id, String category) {
        return rules.timer(id, category);
    }
}
