package io.redress.simulation;

import io.redress.policy.PolicyRules;
import io.redress.policy.TimerId;
import io.redress.policy.TimerSetting;
import io.redress.deadlines.ClockKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small scenarios whose outcomes can be told in advance, and policies that differ in one timer. */
final class Scenarios {

    private Scenarios() {
    }

    /**
     * Every buyer asks for a refund of goods not shipped yet, never changes their mind; every seller stays silent;
     * the PSP pays at once. Each case should be agreed by the timer, exactly when it runs out, and paid then.
     */
    static Scenario silentSellers(int orders, long seed) {
        Scenario.BuyerKind buyer = new Scenario.BuyerKind("HONEST", 1, 1, Map.of("UNSHIPPED", 1.0),
                Map.of("NO_REASON", 1.0), 1, 0, 0, 0, Duration.ofHours(1), Duration.ofDays(1), 0, null);
        Scenario.SellerKind seller = new Scenario.SellerKind("SILENT", 1, Duration.ofHours(12), Duration.ofHours(1), 1, 0,
                Duration.ofHours(1), 0, 0);
        return new Scenario("silent sellers", seed, null, 10, orders, List.of(buyer), List.of(seller), null,
                new Scenario.Agents(1, Duration.ofMinutes(30), null, null), new Scenario.Psp(Duration.ZERO, 0, 0));
    }

    /**
     * Refund-only requests of unshipped goods to sellers who answer slowly (up to 40 h) or not at all: under a 24 h
     * timer many are agreed by it; a shorter timer agrees them sooner.
     */
    static Scenario slowSellers(int orders, long seed) {
        Scenario.BuyerKind buyer = new Scenario.BuyerKind("HONEST", 1, 1, Map.of("UNSHIPPED", 1.0),
                Map.of("NO_REASON", 1.0), 1, 0, 0, 0, Duration.ofHours(1), Duration.ofDays(1), 0, null);
        Scenario.SellerKind seller = new Scenario.SellerKind("SLOW", 1, Duration.ofHours(48), Duration.ofHours(40), 0.5, 1,
                Duration.ofHours(1), 0, 0);
        return new Scenario("slow sellers", seed, null, 10, orders, List.of(buyer), List.of(seller), null,
                new Scenario.Agents(1, Duration.ofMinutes(30), null, null), new Scenario.Psp(Duration.ofMinutes(2), 0, 0));
    }

    /**
     * The shipped marketplace (every kind of buyer and seller, disputes, returns), smaller, over 20 days, and with
     * buyers asking for a refund on at least half of their orders so that a few dozen orders make enough cases.
     */
    static Scenario mixed(int orders, long seed) {
        Scenario base = new Scenario("mixed", seed, null, 20, orders, null, null, null, null, null).withDefaults();
        List<Scenario.BuyerKind> keen = base.buyers().stream().map(b -> new Scenario.BuyerKind(b.kind(), b.share(),
                Math.max(0.5, b.refundRate()), b.stages(), b.reasons(), b.evidenceQuality(), b.regret(),
                b.escalateWhenRefused(), b.reviseWhenRefused(), b.reactWithin(), b.returnWithin(), b.abandonReturn(), b.repays()))
                .toList();
        return new Scenario(base.name(), base.seed(), base.start(), base.horizonDays(), base.orders(), keen,
                base.sellers(), base.orderMix(), base.agents(), base.psp());
    }

    /**
     * Half the buyers honest, asking for a refund of goods not shipped yet; half abusive, claiming every parcel they
     * are sent never arrived, and escalating every refusal. Sellers refuse what they may refuse; the agents rule for
     * the seller, with the buyer at fault, on nine unfounded claims in ten, so the credit ladder has faults to count.
     */
    static Scenario abusers(int orders, long seed) {
        Scenario.BuyerKind honest = new Scenario.BuyerKind("HONEST", 1, 1, Map.of("UNSHIPPED", 1.0),
                Map.of("NO_REASON", 1.0), 1, 0, 1, 0, Duration.ofHours(2), Duration.ofDays(1), 0, null);
        Scenario.BuyerKind abusive = new Scenario.BuyerKind("ABUSIVE", 1, 1, Map.of("IN_TRANSIT", 1.0),
                Map.of("QUALITY", 1.0), 0, 0, 1, 0, Duration.ofHours(2), Duration.ofDays(1), 0, null);
        Scenario.SellerKind refusing = new Scenario.SellerKind("REFUSING", 1, Duration.ofHours(12), Duration.ofHours(2), 0,
                0, Duration.ofHours(12), 0, 1);
        return new Scenario("abusers", seed, null, 20, orders, List.of(honest, abusive), List.of(refusing), null,
                new Scenario.Agents(2, Duration.ofMinutes(30), null, null), new Scenario.Psp(Duration.ZERO, 0, 0));
    }

    /**
     * Buyers return goods they received with unfounded claims and escalate every refusal; sellers confirm nothing and
     * refuse every returned parcel; agents rule for the seller with the buyer at fault on nine unfounded claims in ten.
     * With instant refunds on, the platform advances each return once shipped, and a buyer found at fault owes it
     * back: {@code repays} is the chance the buyer pays it.
     */
    static Scenario returnsRefused(int orders, long seed, double repays) {
        Scenario.BuyerKind buyer = new Scenario.BuyerKind("CARELESS", 1, 1, Map.of("RECEIVED", 1.0),
                Map.of("NOT_AS_DESCRIBED", 1.0), 0, 0, 1, 0, Duration.ofHours(2), Duration.ofHours(12), 0, repays);
        Scenario.SellerKind seller = new Scenario.SellerKind("REFUSING", 1, Duration.ofHours(12), Duration.ofHours(2), 0,
                1, Duration.ofHours(6), 1, 1);
        return new Scenario("returns refused", seed, null, 25, orders, List.of(buyer), List.of(seller), null,
                new Scenario.Agents(2, Duration.ofMinutes(30), null, null), new Scenario.Psp(Duration.ZERO, 0, 0));
    }

    /** Taobao's rules with both kinds of instant refund turned on (the default quota and limits). */
    static SimulatedPolicy taobaoWithInstantRefunds() {
        PolicyRules base = PolicyRules.taobao();
        return new SimulatedPolicy("taobao with instant refunds", new PolicyRules(base.timers(), base.categoryOverrides(),
                base.limits(), base.noReasonWindow(), base.thresholdPolicy(), base.zone(), base.shipping(),
                base.categoryExceptions(), base.service(), base.instantRefund().turned(true), base.credit()));
    }

    static SimulatedPolicy taobao() {
        return new SimulatedPolicy("taobao@1", PolicyRules.taobao());
    }

    /** Taobao's rules with one timer set otherwise. */
    static SimulatedPolicy taobaoWith(TimerId timer, Duration duration) {
        PolicyRules base = PolicyRules.taobao();
        Map<TimerId, TimerSetting> timers = new EnumMap<>(base.timers());
        timers.put(timer, new TimerSetting(duration, ClockKind.CALENDAR));
        return new SimulatedPolicy("taobao with " + timer + " " + duration, new PolicyRules(timers,
                base.categoryOverrides(), base.limits(), base.noReasonWindow(), base.thresholdPolicy(), base.zone(),
                base.shipping(), base.categoryExceptions()));
    }
}
