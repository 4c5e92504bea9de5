package io.redress.credit;

import static io.redress.credit.CreditDraw.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import io.redress.policy.CreditRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standing rules as pure functions over generated inputs. */
class StandingsTest {

    private static final CreditRules RULES = CreditRules.defaults();

    record Inputs(Party party, List<CreditInput> counting, List<CreditInput> more) {
    }

    @Test
    void anInputThatExpiredOrLeftTheWindowNeverCounts() {
        Tries.forAll(500, random -> {
            Party party = CreditDraw.party(random);
            return new Inputs(party, Draw.list(random, 0, 30, r -> CreditDraw.input(r, party, false)),
                    Draw.list(random, 1, 20, r -> CreditDraw.notCounting(r, party)));
        }, in -> {
            List<CreditInput> all = new ArrayList<>(in.counting());
            all.addAll(in.more());
            Standing without = Standings.assess(in.party(), in.counting(), RULES, NOW);
            Standing with = Standings.assess(in.party(), all, RULES, NOW);
            assertThat(with).isEqualTo(without);
        });
    }

    @Test
    void addingAFaultNeverLowersTheStanding() {
        Tries.forAll(500, random -> {
            Party party = CreditDraw.party(random);
            return new Inputs(party, Draw.list(random, 0, 40, r -> CreditDraw.input(r, party, false)),
                    Draw.list(random, 1, 10, r -> CreditDraw.input(r, party, true)));
        }, in -> {
            List<CreditInput> all = new ArrayList<>(in.counting());
            Standing before = Standings.assess(in.party(), all, RULES, NOW);
            for (CreditInput fault : in.more()) {
                all.add(fault);
                Standing after = Standings.assess(in.party(), all, RULES, NOW);
                assertThat(after.points()).isGreaterThanOrEqualTo(before.points());
                assertThat(after.level()).isGreaterThanOrEqualTo(before.level());
                before = after;
            }
        });
    }

    /**
     * Orders and refunds counted from their own rows (a count per kind) give the standing that the same orders and
     * refunds recorded one input each gave: the same points, level, reasons (the refund rate among them) and counts.
     */
    @Test
    void ordersAndRefundsCountedFromTheirRowsGiveTheStandingTheirInputsGave() {
        Tries.forAll(500, random -> {
            Party party = CreditDraw.party(random);
            List<CreditInput> inputs = new ArrayList<>(Draw.list(random, 0, 20, r -> CreditDraw.input(r, party, false)));
            int orders = Draw.between(random, 0, 30);
            int refunds = party.type() == Party.Type.BUYER ? Draw.between(random, 0, 30) : 0;
            for (int i = 0; i < orders; i++) {
                inputs.add(volume(CreditKind.ORDER, party, i));
            }
            for (int i = 0; i < refunds; i++) {
                inputs.add(volume(CreditKind.REFUND, party, i));
            }
            return new Inputs(party, inputs, List.of());
        }, in -> {
            List<CreditInput> recorded = in.counting().stream()
                    .filter(i -> i.kind() != CreditKind.ORDER && i.kind() != CreditKind.REFUND).toList();
            java.util.Map<CreditKind, Integer> volumes = new java.util.EnumMap<>(CreditKind.class);
            in.counting().stream().filter(i -> !recorded.contains(i) && i.countsAt(NOW, RULES.window()))
                    .forEach(i -> volumes.merge(i.kind(), 1, Integer::sum));
            assertThat(Standings.assess(in.party(), recorded, volumes, RULES, NOW))
                    .isEqualTo(Standings.assess(in.party(), in.counting(), RULES, NOW));
        });
    }

    private static CreditInput volume(CreditKind kind, Party party, int n) {
        Instant at = NOW.minus(Duration.ofDays(n % 89 + 1));
        return new CreditInput(new CreditInput.Source("CASE", kind + "-" + n, null, null), kind, party, at,
                at.plus(RULES.retention()), null);
    }

    @Test
    void threeEmptyParcelFaultsMakeThreePointsWithAReasonInBothLanguages() {
        List<CreditInput> inputs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            inputs.add(CreditInput.of(new CreditInput.Source("RULING", "C-" + i, "C-" + i, "taobao:1"),
                    CreditKind.FAULT_EMPTY_PARCEL, CreditDraw.BUYER, NOW.minus(Duration.ofDays(i)), null));
        }
        Standing standing = Standings.assess(CreditDraw.BUYER, inputs, RULES, NOW);
        assertThat(standing.points()).isEqualTo(3);
        assertThat(standing.level()).isEqualTo(Standing.Level.WATCH);
        assertThat(standing.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("FAULT_EMPTY_PARCEL");
            assertThat(r.en()).contains("3 × empty-parcel claims ruled the buyer's fault").contains("90 days");
            assertThat(r.zh()).contains("近90天内3次空包裹申诉被判定为买家责任（3分）");
        });
    }

    @Test
    void aRateCountsOnlyAboveItsLimitAndMinimum() {
        List<CreditInput> inputs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            inputs.add(input(CreditKind.ORDER, "O-" + i));
        }
        for (int i = 0; i < 5; i++) {
            inputs.add(input(CreditKind.REFUND, "R-" + i));
        }
        assertThat(Standings.assess(CreditDraw.BUYER, inputs, RULES, NOW).points()).isZero();
        inputs.add(input(CreditKind.REFUND, "R-5"));
        Standing over = Standings.assess(CreditDraw.BUYER, inputs, RULES, NOW);
        assertThat(over.points()).isEqualTo(1);
        assertThat(over.reasons()).extracting(Standing.Reason::code).containsExactly("refundRate");
        assertThat(over.reasons().get(0).en()).contains("Refund rate 60% (6 of 10)");
        assertThat(Standings.assess(CreditDraw.BUYER, inputs.subList(6, inputs.size()), RULES, NOW).points())
                .as("fewer orders than the minimum say nothing").isZero();
    }

    private static CreditInput input(CreditKind kind, String ref) {
        return CreditInput.of(new CreditInput.Source("TEST", ref, null, null), kind, CreditDraw.BUYER,
                NOW.minus(Duration.ofDays(1)), null);
    }
}
