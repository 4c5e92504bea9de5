package io.redress.simulation;

import io.redress.aftersale.CaseReason;
import io.redress.aftersale.GoodsStage;
import io.redress.orders.PaymentMethod;
import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The default scenario (the shipped example marketplace) and the checks a scenario must pass to be played. */
final class Defaults {

    /** The shipped example marketplace (scenarios/marketplace.yaml): what a scenario leaves out is taken from it. */
    static final Scenario SCENARIO = load("scenarios/marketplace.yaml");

    private Defaults() {
    }

    private static Scenario load(String resource) {
        try (java.io.InputStream in = Defaults.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return ScenarioFiles.scenario(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void check(Scenario s) {
        List<InvalidField> errors = new ArrayList<>();
        if (s.horizonDays() < 1 || s.horizonDays() > 366) {
            errors.add(new InvalidField("horizonDays", "must be between 1 and 366"));
        }
        if (s.orders() < 1 || s.orders() > 200_000) {
            errors.add(new InvalidField("orders", "must be between 1 and 200000"));
        }
        for (int i = 0; i < s.buyers().size(); i++) {
            Scenario.BuyerKind b = s.buyers().get(i);
            String at = "buyers[" + i + "].";
            share(errors, at + "share", b.share());
            probability(errors, at + "refundRate", b.refundRate());
            probability(errors, at + "evidenceQuality", b.evidenceQuality());
            probability(errors, at + "regret", b.regret());
            probability(errors, at + "escalateWhenRefused", b.escalateWhenRefused());
            probability(errors, at + "reviseWhenRefused", b.reviseWhenRefused());
            probability(errors, at + "abandonReturn", b.abandonReturn());
            probability(errors, at + "repays", b.repaysOrNone());
            if (b.escalateWhenRefused() + b.reviseWhenRefused() > 1) {
                errors.add(new InvalidField(at + "reviseWhenRefused", "escalating and revising together exceed 1"));
            }
            weights(errors, at + "stages", b.stages(), GoodsStage.class);
            weights(errors, at + "reasons", b.reasons(), CaseReason.class);
            positive(errors, at + "reactWithin", b.reactWithin());
            positive(errors, at + "returnWithin", b.returnWithin());
        }
        for (int i = 0; i < s.sellers().size(); i++) {
            Scenario.SellerKind k = s.sellers().get(i);
            String at = "sellers[" + i + "].";
            share(errors, at + "share", k.share());
            probability(errors, at + "silent", k.silent());
            probability(errors, at + "agree", k.agree());
            probability(errors, at + "refuseReceipt", k.refuseReceipt());
            probability(errors, at + "evidence", k.evidence());
            positive(errors, at + "shipWithin", k.shipWithin());
            positive(errors, at + "respondWithin", k.respondWithin());
            positive(errors, at + "receiptWithin", k.receiptWithin());
        }
        Scenario.OrderMix mix = s.orderMix();
        if (mix.minPrice() < 1 || mix.maxPrice() < mix.minPrice()) {
            errors.add(new InvalidField("orderMix.maxPrice", "prices must be positive, min <= max"));
        }
        if (mix.maxQuantity() < 1) {
            errors.add(new InvalidField("orderMix.maxQuantity", "must be at least 1"));
        }
        probability(errors, "orderMix.discountRate", mix.discountRate());
        probability(errors, "orderMix.splitPayment", mix.splitPayment());
        weights(errors, "orderMix.categories", mix.categories(), null);
        weights(errors, "orderMix.instruments", mix.instruments(), PaymentMethod.class);
        positive(errors, "orderMix.transitWithin", mix.transitWithin());
        Scenario.Agents agents = s.agents();
        if (agents.count() < 0) {
            errors.add(new InvalidField("agents.count", "must not be negative"));
        }
        positive(errors, "agents.handleTime", agents.handleTime());
        if ((agents.opensAt() == null) != (agents.closesAt() == null) || agents.opensAt() != null
                && (agents.opensAt() < 0 || agents.closesAt() > 24 || agents.opensAt() >= agents.closesAt())) {
            errors.add(new InvalidField("agents.opensAt", "opensAt and closesAt are hours 0..24, opensAt < closesAt, both or none"));
        }
        Scenario.Psp psp = s.psp();
        if (psp.latency() == null || psp.latency().isNegative()) {
            errors.add(new InvalidField("psp.latency", "must be zero or positive"));
        }
        probability(errors, "psp.failureRate", psp.failureRate());
        probability(errors, "psp.timeoutRate", psp.timeoutRate());
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    private static void share(List<InvalidField> errors, String field, double value) {
        if (!(value > 0) || value > 1e6) {
            errors.add(new InvalidField(field, "must be a positive weight"));
        }
    }

    private static void probability(List<InvalidField> errors, String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            errors.add(new InvalidField(field, "must be between 0 and 1"));
        }
    }

    private static void positive(List<InvalidField> errors, String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            errors.add(new InvalidField(field, "must be a positive duration"));
        }
    }

    private static <E extends Enum<E>> void weights(List<InvalidField> errors, String field, Map<String, Double> weights,
            Class<E> names) {
        if (weights == null || weights.isEmpty()) {
            errors.add(new InvalidField(field, "needs at least one weight"));
            return;
        }
        weights.forEach((name, weight) -> {
            if (names != null && java.util.Arrays.stream(names.getEnumConstants()).noneMatch(e -> e.name().equals(name))) {
                errors.add(new InvalidField(field + "." + name, "is not one of " + java.util.Arrays.toString(names.getEnumConstants())));
            }
            if (weight == null || !(weight >= 0)) {
                errors.add(new InvalidField(field + "." + name, "must be a weight >= 0"));
            }
        });
        if (weights.values().stream().mapToDouble(w -> w == null ? 0 : w).sum() <= 0) {
            errors.add(new InvalidField(field, "weights must not all be zero"));
        }
    }
}
