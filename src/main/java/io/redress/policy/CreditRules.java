package io.redress.policy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trust rules of a policy version (docs/credit.md): how long credit inputs are kept and how long they count, the
 * points of each input kind, the limits above which a count or a rate adds points, where the standings begin, the
 * penalty ladders of buyers and shops, and the time a subject has to appeal a penalty. Kinds, penalty kinds and
 * privileges are named by their constants in {@code io.redress.credit}.
 */
public record CreditRules(Duration retention, Duration window, Duration appealWindow, Map<String, Integer> points,
        Map<String, CountLimit> countLimits, List<RateLimit> rateLimits, Map<String, Integer> standings,
        List<Step> buyerLadder, List<Step> shopLadder) {

    /** More than {@code max} inputs of a kind in the window add {@code points}. */
    public record CountLimit(int max, int points) {
    }

    /**
     * {@code kind} inputs per {@code per} inputs in the window above {@code maxPercent} add {@code points}, once the
     * party has at least {@code minimum} of {@code per} (a rate over two orders says nothing).
     */
    public record RateLimit(String name, String kind, String per, int maxPercent, int minimum, int points) {
    }

    /**
     * One rung of a ladder: reaching {@code atPoints} issues a penalty of {@code kind} (a suspended
     * {@code privilege}, a fine of {@code fineAmount} fen) lasting {@code duration}.
     */
    public record Step(int step, int atPoints, String kind, String privilege, Long fineAmount, Duration duration) {
    }

    public CreditRules {
        if (retention == null || window == null || appealWindow == null || points == null || buyerLadder == null
                || shopLadder == null) {
            throw new IllegalArgumentException("credit rules need retention, window, appealWindow, points and ladders");
        }
        if (window.isNegative() || window.isZero() || retention.compareTo(window) < 0 || appealWindow.isNegative()) {
            throw new IllegalArgumentException("the window must be positive and within the retention");
        }
        points = Map.copyOf(points);
        countLimits = countLimits == null ? Map.of() : Map.copyOf(countLimits);
        rateLimits = rateLimits == null ? List.of() : List.copyOf(rateLimits);
        standings = standings == null ? DEFAULT_STANDINGS : Map.copyOf(standings);
        buyerLadder = List.copyOf(buyerLadder);
        shopLadder = List.copyOf(shopLadder);
        for (Step step : concat(buyerLadder, shopLadder)) {
            if (step.atPoints() < 1 || step.duration() == null || step.duration().isNegative()) {
                throw new IllegalArgumentException("a ladder step needs at least one point and a duration");
            }
        }
    }

    private static final Map<String, Integer> DEFAULT_STANDINGS = Map.of("FAIR", 1, "WATCH", 3, "POOR", 6);

    /** The points of one input of {@code kind} (none for a kind the rules do not weigh). */
    public int pointsOf(String kind) {
        return points.getOrDefault(kind, 0);
    }

    /**
     * The defaults: inputs kept 3 years (ECL Art. 31) and counted over the trailing 90 days; an appeal within 7 days;
     * a fault finding is a point, a malicious complaint or bad faith two; three points warn and suspend the buyer's
     * instant refund or the shop's auto-agree privilege, six make the buyer bear freight or fine the shop, ten restrict
     * trade, fifteen ban the account.
     */
    public static CreditRules defaults() {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (String fault : List.of("FAULT_EMPTY_PARCEL", "FAULT_MISSING_ITEM", "FAULT_COUNTERFEIT_CLAIM", "FAULT_OTHER",
                "ADVANCE_RECOVERY", "RULING_FAULT", "COMPLAINT_FAULT", "REFUSAL_OVERTURNED", "TIMER_BREACH")) {
            points.put(fault, 1);
        }
        points.put("MALICIOUS_COMPLAINT", 2);
        points.put("BAD_FAITH_APPEAL", 2);
        Map<String, CountLimit> counts = new LinkedHashMap<>();
        counts.put("EMPTY_PARCEL_CLAIM", new CountLimit(3, 1));
        counts.put("MISSING_ITEM_CLAIM", new CountLimit(3, 1));
        counts.put("COUNTERFEIT_CLAIM", new CountLimit(3, 1));
        counts.put("UNPAID_ORDER", new CountLimit(5, 1));
        counts.put("COMPLAINT_AGAINST", new CountLimit(3, 1));
        counts.put("COMPLAINT_RECEIVED", new CountLimit(5, 1));
        List<RateLimit> rates = List.of(new RateLimit("refundRate", "REFUND", "ORDER", 50, 5, 1),
                new RateLimit("disputeRate", "DISPUTE", "ORDER", 20, 5, 1),
                new RateLimit("refusalOverturnRate", "REFUSAL_OVERTURNED", "SELLER_REFUSAL", 30, 3, 1));
        List<Step> buyer = List.of(new Step(1, 3, "WARNING", null, null, Duration.ofDays(90)),
                new Step(1, 3, "PRIVILEGE_SUSPENDED", "INSTANT_REFUND", null, Duration.ofDays(90)),
                new Step(2, 6, "FREIGHT_BORNE", null, null, Duration.ofDays(90)),
                new Step(3, 10, "TRADE_RESTRICTION", null, null, Duration.ofDays(30)),
                new Step(4, 15, "ACCOUNT_BAN", null, null, Duration.ofDays(365)));
        List<Step> shop = List.of(new Step(1, 3, "WARNING", null, null, Duration.ofDays(90)),
                new Step(1, 3, "PRIVILEGE_SUSPENDED", "AUTO_AGREE", null, Duration.ofDays(90)),
                new Step(2, 6, "FINE", null, 50_000L, Duration.ofDays(90)),
                new Step(3, 10, "TRADE_RESTRICTION", null, null, Duration.ofDays(30)),
                new Step(4, 15, "ACCOUNT_BAN", null, null, Duration.ofDays(365)));
        return new CreditRules(Duration.ofDays(3 * 365), Duration.ofDays(90), Duration.ofDays(7), points, counts, rates,
                DEFAULT_STANDINGS, buyer, shop);
    }

    private static List<Step> concat(List<Step> a, List<Step> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
