package io.redress.simulation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A synthetic marketplace to play: who buys and sells, what is bought and paid with, how many agents answer disputes,
 * how the PSP behaves, and for how long. Every random draw comes from {@code seed}, so a scenario played twice plays
 * the same way. Parts left out take the shipped example marketplace (scenarios/marketplace.yaml); docs/simulation.md describes each field.
 */
public record Scenario(String name, Long seed, OffsetDateTime start, Integer horizonDays, Integer orders,
        List<BuyerKind> buyers, List<SellerKind> sellers, OrderMix orderMix, Agents agents, Psp psp) {

    /**
     * A kind of buyer: its share of buyers, how often it asks for a refund, why, how good its evidence is; {@code repays}
     * is the share of what a buyer found at fault owes back for a platform advance that it pays (none when left out).
     */
    public record BuyerKind(String kind, double share, double refundRate, Map<String, Double> stages,
            Map<String, Double> reasons, double evidenceQuality, double regret, double escalateWhenRefused,
            double reviseWhenRefused, Duration reactWithin, Duration returnWithin, double abandonReturn, Double repays) {

        /** The share of owed advances this kind pays back: 0 when the scenario leaves it out. */
        public double repaysOrNone() {
            return repays == null ? 0 : repays;
        }
    }

    /** A kind of seller: its share of shops, how fast and how it answers requests and returned goods. */
    public record SellerKind(String kind, double share, Duration shipWithin, Duration respondWithin, double silent,
            double agree, Duration receiptWithin, double refuseReceipt, double evidence) {
    }

    /** What is bought: categories by weight, a price range in minor units, discounts and payment instruments. */
    public record OrderMix(Map<String, Double> categories, long minPrice, long maxPrice, int maxQuantity,
            double discountRate, Map<String, Double> instruments, double splitPayment, Duration transitWithin) {
    }

    /** The platform's dispute agents: how many, how long one dispute holds an agent, and their working hours. */
    public record Agents(int count, Duration handleTime, Integer opensAt, Integer closesAt) {
    }

    /** The payment service provider: how long a refund takes, and how often it fails or times out. */
    public record Psp(Duration latency, double failureRate, double timeoutRate) {
    }

    /** This scenario with every missing part filled with its default, ready to play. */
    public Scenario withDefaults() {
        Scenario d = Defaults.SCENARIO;
        return new Scenario(name == null ? "scenario" : name, seed == null ? d.seed : seed,
                start == null ? d.start : start, horizonDays == null ? d.horizonDays : horizonDays,
                orders == null ? d.orders : orders, buyers == null || buyers.isEmpty() ? d.buyers : buyers,
                sellers == null || sellers.isEmpty() ? d.sellers : sellers, orderMix == null ? d.orderMix : orderMix,
                agents == null ? d.agents : agents, psp == null ? d.psp : psp);
    }

    /** Refuses what cannot be played (400 naming the field). */
    public Scenario validated() {
        Scenario s = withDefaults();
        Defaults.check(s);
        return s;
    }
}
