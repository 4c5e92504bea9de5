package io.redress.simulation.internal;

import io.redress.advance.Advance;
import io.redress.advance.AdvanceStatus;
import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CloseReason;
import io.redress.aftersale.GoodsStage;
import io.redress.simulation.Scenario;
import io.redress.simulation.SimulationReport;
import io.redress.simulation.SimulationReport.Percentiles;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The report's measures of one side, computed from the cases' histories alone. */
final class Measures {

    /**
     * Consumer Protection Law Art. 24 and 25: the money goes back within seven days (of the agreement, of the goods
     * coming back), and goods bought online may be returned without a reason within seven days of receipt.
     */
    static final Duration STATUTORY_REFUND = Duration.ofDays(7);
    static final Duration STATUTORY_NO_REASON = Duration.ofDays(7);

    /** What is not modelled yet: the fields read 0 and say so. */
    static final List<String> NOT_MODELLED = List.of(
            "money.writtenOff of a receivable: a senior writes off what a buyer found at fault cannot pay; nobody does in"
                    + " the simulation, so what the buyers who do not pay back owe stays in money.recovering",
            "after-refund requests: no seller asks for money back after a refund the seller agreed to (postrefund)",
            "appeals: no party appeals a ruling or a penalty in the simulation; the appeal window runs out",
            "the return parcel's delivery is not reported to the engine, so the seven days from the returned goods'"
                    + " arrival to the refund (CPL Art. 24) are not checked");

    private Measures() {
    }

    static SimulationReport.Outcomes of(SimulationSide.Played played, Scenario scenario, ZoneId zone) {
        List<CaseHistory> all = played.histories();
        Map<String, Integer> byStatus = count(all, h -> h.status().name());
        Map<String, Integer> byClose = count(all.stream().filter(h -> h.closeReason() != null).toList(),
                h -> h.closeReason().name());
        int open = (int) all.stream().filter(h -> !h.status().terminal()).count();
        SimulationReport.Cases cases = new SimulationReport.Cases(all.size(), played.refusedApplications().size(),
                byStatus, byClose, open);

        List<CaseHistory> paid = all.stream().filter(h -> h.timeToMoney() != null).toList();
        SimulationReport.TimeToMoney ttm = new SimulationReport.TimeToMoney(percentiles(paid),
                grouped(paid, h -> h.type().name()), grouped(paid, CaseHistory::buyerKind));

        List<CaseHistory> resolved = all.stream().filter(h -> h.status().terminal()).toList();
        double withoutAgent = resolved.isEmpty() ? 0
                : round((double) resolved.stream().filter(h -> !h.escalated()).count() / resolved.size());

        List<CaseHistory> disputes = all.stream().filter(CaseHistory::escalated).toList();
        int accepted = (int) disputes.stream().filter(h -> h.dispute("ACCEPTED") != null).count();
        int ruled = (int) disputes.stream().filter(h -> h.dispute("RULED") != null).count();
        int forBuyer = (int) disputes.stream().filter(h -> h.did("RULING_REFUND") || h.did("RULING_RETURN")
                || h.did("RULING_PARTIAL_REFUND")).count();
        double hours = round((accepted + ruled) * scenario.agents().handleTime().toSeconds() / 2.0 / 3600);
        SimulationReport.Agents agents = new SimulationReport.Agents(disputes.size(), accepted, ruled, forBuyer, hours,
                (int) all.stream().filter(h -> Boolean.TRUE.equals(h.acceptBreached())).count(),
                (int) all.stream().filter(h -> Boolean.TRUE.equals(h.rulingBreached())).count());

        SimulationReport.Timeouts timeouts = new SimulationReport.Timeouts(
                (int) all.stream().filter(h -> h.did("AUTO_AGREE")).count(),
                (int) all.stream().filter(h -> h.did("AUTO_REFUND")).count(),
                (int) all.stream().filter(h -> h.did("AUTO_CLOSE")).count(),
                (int) all.stream().filter(h -> h.closeReason() == CloseReason.BUYER_REVISE_TIMEOUT).count(),
                (int) all.stream().filter(h -> h.closeReason() == CloseReason.BUYER_RETURN_TIMEOUT).count());

        List<Advance> advances = all.stream().map(CaseHistory::advance).filter(Objects::nonNull).toList();
        SimulationReport.Money money = new SimulationReport.Money(all.stream().mapToLong(CaseHistory::refunded).sum(),
                all.stream().mapToLong(CaseHistory::requested).sum(), advances.size(),
                advances.stream().mapToLong(Advance::amount).sum(), advanced(advances, AdvanceStatus.SETTLED),
                advanced(advances, AdvanceStatus.RECOVERING), advanced(advances, AdvanceStatus.RECOVERED),
                advanced(advances, AdvanceStatus.WRITTEN_OFF));

        Map<String, Integer> claims = count(all, CaseHistory::buyerKind);
        Map<String, Integer> refunded = count(paid, CaseHistory::buyerKind);
        int honestDenied = (int) all.stream().filter(h -> "HONEST".equals(h.buyerKind()) && h.founded()
                && (h.closeReason() == CloseReason.RULED_FOR_SELLER
                    || h.closeReason() == CloseReason.BUYER_REVISE_TIMEOUT)).count();
        SimulationReport.Buyers buyers = penalised(played, claims, refunded, honestDenied);

        SimulationReport.Legal legal = legal(played, zone);
        SimulationReport.Payouts payouts = new SimulationReport.Payouts(played.pspCalls(),
                (int) all.stream().filter(h -> h.status() == CaseStatus.REFUNDING).count());
        return new SimulationReport.Outcomes(cases, ttm, withoutAgent, agents, timeouts, money, buyers, legal, payouts,
                new TreeMap<>(played.refusals()));
    }

    private static long advanced(List<Advance> advances, AdvanceStatus status) {
        return advances.stream().filter(a -> a.status() == status).mapToLong(Advance::amount).sum();
    }

    /** Who the credit ladder penalised, by kind, and after how many claims the abusive ones were. */
    private static SimulationReport.Buyers penalised(SimulationSide.Played played, Map<String, Integer> claims,
            Map<String, Integer> refunded, int honestDenied) {
        Map<String, String> kindOf = new TreeMap<>();
        played.histories().forEach(h -> kindOf.put(h.buyerId(), h.buyerKind()));
        Map<String, Integer> byKind = new TreeMap<>();
        List<Integer> abusiveClaims = new ArrayList<>();
        played.firstPenalty().forEach((buyerId, at) -> {
            String kind = kindOf.get(buyerId);
            byKind.merge(kind, 1, Integer::sum);
            if ("ABUSIVE".equals(kind)) {
                abusiveClaims.add((int) played.histories().stream()
                        .filter(h -> h.buyerId().equals(buyerId) && !h.openedAt().isAfter(at)).count());
            }
        });
        Double after = abusiveClaims.isEmpty() ? null
                : round(abusiveClaims.stream().mapToInt(Integer::intValue).average().orElse(0));
        return new SimulationReport.Buyers(claims, refunded, honestDenied, abusiveBuyers(played),
                byKind.getOrDefault("ABUSIVE", 0), after, byKind.getOrDefault("HONEST", 0), byKind);
    }

    private static int abusiveBuyers(SimulationSide.Played played) {
        return (int) played.histories().stream().filter(h -> "ABUSIVE".equals(h.buyerKind()))
                .map(CaseHistory::buyerId).distinct().count();
    }

    static SimulationReport.Legal legal(SimulationSide.Played played, ZoneId zone) {
        List<String> examples = new ArrayList<>();
        int afterAgreement = 0;
        for (CaseHistory h : played.histories()) {
            Instant agreed = h.entered(CaseStatus.REFUNDING);
            Instant paidAt = h.entered(CaseStatus.REFUNDED);
            Instant until = paidAt == null ? played.end() : paidAt;
            if (agreed != null && Duration.between(agreed, until).compareTo(STATUTORY_REFUND) > 0) {
                afterAgreement++;
                example(examples, h.orderId() + ": refunded " + Duration.between(agreed, until) + " after the agreement");
            }
        }
        int noReason = 0;
        for (PlannedOrder order : played.refusedApplications()) {
            Intent intent = order.intent();
            Instant windowEnd = order.signAt().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
                    .plus(STATUTORY_NO_REASON);
            if (intent.reason() == CaseReason.NO_REASON && intent.stage() == GoodsStage.RECEIVED
                    && intent.at().isBefore(windowEnd)) {
                noReason++;
                example(examples, order.orderId() + ": a no-reason return within seven days of receipt was refused");
            }
        }
        return new SimulationReport.Legal(afterAgreement + noReason, afterAgreement, noReason, examples);
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < 10) {
            examples.add(example);
        }
    }

    static Percentiles percentiles(List<CaseHistory> paid) {
        long[] seconds = paid.stream().map(CaseHistory::timeToMoney).mapToLong(Duration::toSeconds).sorted().toArray();
        if (seconds.length == 0) {
            return new Percentiles(0, null, null, null);
        }
        return new Percentiles(seconds.length, rank(seconds, 0.5), rank(seconds, 0.9), rank(seconds, 0.99));
    }

    /** Nearest rank, in hours. */
    private static double rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return round(sorted[Math.max(0, index)] / 3600.0);
    }

    private static Map<String, Percentiles> grouped(List<CaseHistory> paid, Function<CaseHistory, String> key) {
        Map<String, Percentiles> groups = new TreeMap<>();
        new TreeSet<>(paid.stream().map(key).collect(Collectors.toSet())).forEach(k ->
                groups.put(k, percentiles(paid.stream().filter(h -> Objects.equals(key.apply(h), k)).toList())));
        return groups;
    }

    private static Map<String, Integer> count(List<CaseHistory> histories, Function<CaseHistory, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        histories.forEach(h -> counts.merge(key.apply(h), 1, Integer::sum));
        return counts;
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
