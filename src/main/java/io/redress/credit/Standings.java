package io.redress.credit;

import io.redress.policy.CreditRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The standing of one party from its inputs, as a pure function: only inputs that count at {@code now} (kept, and
 * within the trailing window) are read; each kind gives its points per input, a count above its limit and a rate
 * above its limit add theirs. Adding an input of a fault kind never lowers the points, so never the level.
 */
public final class Standings {

    private Standings() {
    }

    public static Standing assess(Party party, List<CreditInput> inputs, CreditRules rules, Instant now) {
        return assess(party, inputs, Map.of(), rules, now);
    }

    /**
     * As {@link #assess(Party, List, CreditRules, Instant)}, with {@code volumes}: how many of some kinds count at
     * {@code now} that were counted from their own rows (the party's orders and refunds) rather than recorded as
     * inputs. They count exactly as that many inputs of the kind would.
     */
    public static Standing assess(Party party, List<CreditInput> inputs, Map<CreditKind, Integer> volumes,
            CreditRules rules, Instant now) {
        Map<CreditKind, Integer> counted = new EnumMap<>(CreditKind.class);
        volumes.forEach((kind, n) -> {
            if (n > 0) {
                counted.merge(kind, n, Integer::sum);
            }
        });
        for (CreditInput input : inputs) {
            if (input.party().equals(party) && input.countsAt(now, rules.window())) {
                counted.merge(input.kind(), 1, Integer::sum);
            }
        }
        long days = rules.window().toDays();
        List<Standing.Reason> reasons = new ArrayList<>();
        int points = 0;
        for (Map.Entry<CreditKind, Integer> entry : counted.entrySet()) {
            CreditKind kind = entry.getKey();
            int n = entry.getValue();
            int each = rules.pointsOf(kind.name());
            if (each > 0) {
                points += each * n;
                reasons.add(new Standing.Reason(kind.name(), n, each * n,
                        String.format("%d × %s in the last %d days (%d points)", n, Labels.en(kind), days, each * n),
                        String.format("近%d天内%d次%s（%d分）", days, n, Labels.zh(kind), each * n)));
            }
            CreditRules.CountLimit limit = rules.countLimits().get(kind.name());
            if (limit != null && n > limit.max() && limit.points() > 0) {
                points += limit.points();
                reasons.add(new Standing.Reason(kind.name() + "_OVER_LIMIT", n, limit.points(),
                        String.format("%d × %s in the last %d days, more than %d (%d points)", n, Labels.en(kind), days,
                                limit.max(), limit.points()),
                        String.format("近%d天内%d次%s，超过%d次（%d分）", days, n, Labels.zh(kind), limit.max(),
                                limit.points())));
            }
        }
        for (CreditRules.RateLimit rate : rules.rateLimits()) {
            int of = counted.getOrDefault(kindOrNull(rate.per()), 0);
            int n = counted.getOrDefault(kindOrNull(rate.kind()), 0);
            if (of >= rate.minimum() && of > 0 && rate.points() > 0 && n * 100L > (long) rate.maxPercent() * of) {
                points += rate.points();
                long percent = Math.round(n * 100.0 / of);
                reasons.add(new Standing.Reason(rate.name(), n, rate.points(),
                        String.format("%s %d%% (%d of %d) in the last %d days, above %d%% (%d points)",
                                Labels.en(rate.name()), percent, n, of, days, rate.maxPercent(), rate.points()),
                        String.format("近%d天%s%d%%（%d/%d），高于%d%%（%d分）", days, Labels.zh(rate.name()), percent, n,
                                of, rate.maxPercent(), rate.points())));
            }
        }
        return new Standing(party, level(points, rules), points, List.copyOf(reasons), Map.copyOf(counted));
    }

    /** The highest level whose threshold the points reach; GOOD below them all. */
    static Standing.Level level(int points, CreditRules rules) {
        Standing.Level level = Standing.Level.GOOD;
        for (Standing.Level candidate : Standing.Level.values()) {
            Integer from = rules.standings().get(candidate.name());
            if (from != null && points >= from) {
                level = candidate;
            }
        }
        return level;
    }

    private static CreditKind kindOrNull(String name) {
        try {
            return CreditKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
