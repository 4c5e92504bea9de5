package io.redress.credit;

import java.util.List;
import java.util.Map;

/**
 * A party's standing at a time: its level, the points that made it, and why, in words a person can read (zh-CN and
 * en), each reason naming the inputs' kind, how many counted and the points they gave.
 */
public record Standing(Party party, Level level, int points, List<Reason> reasons, Map<CreditKind, Integer> counted) {

    /** From no points up; where each begins is the policy's {@code credit.standings}. */
    public enum Level {
        GOOD, FAIR, WATCH, POOR;

        /**
         * The level as the instant-refund terms' {@code minStanding} reads it, higher is better: POOR 1, WATCH 2,
         * FAIR 3, GOOD 4 (a {@code minStanding} of 0 asks for none).
         */
        public int score() {
            return values().length - ordinal();
        }
    }

    /** One reason: {@code code} is the kind or the limit that gave points; {@code en} and {@code zh} say it. */
    public record Reason(String code, int count, int points, String en, String zh) {

        public String text(java.util.Locale locale) {
            return locale != null && locale.getLanguage().equals("en") ? en : zh;
        }
    }
}
