package io.redress.advance;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import io.redress.orders.Order;
import io.redress.policy.InstantRefundPolicy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quota's bookkeeping under the production rules, over random policies and random sequences of requests, answers,
 * rulings and repeated deliveries: what the buyer's advances hold never goes below zero nor above the quota, and each
 * advance leaves the quota exactly once, by exactly one of settlement, recovery or write-off.
 */
class InstantRefundQuotaPropertiesTest {

    private enum Step {
        REQUEST, SELLER_CONFIRMS, SELLER_REFUSES, RULED_FOR_BUYER, RULED_BUYER_AT_FAULT, RULED_NOBODY_AT_FAULT,
        PAID_BACK
    }

    private record Run(InstantRefundPolicy terms, List<Step> steps, List<Long> amounts, List<Integer> targets) {
    }

    /** One buyer's advances as the advance module keeps them: a status per advance, moved only where it can go. */
    private static final class Book {
        final List<Long> amounts = new ArrayList<>();
        final List<AdvanceStatus> statuses = new ArrayList<>();
        final List<Integer> releases = new ArrayList<>();
        long used;

        boolean move(int i, AdvanceStatus to) {
            AdvanceStatus from = statuses.get(i);
            if (!from.canBecome(to)) {
                return false;
            }
            statuses.set(i, to);
            if (from.holdsQuota() && !to.holdsQuota()) {
                used -= amounts.get(i);
                releases.set(i, releases.get(i) + 1);
            }
            return true;
        }
    }

    @Test
    void quotaNeverNegativeNorAboveItsLimitAndEachAdvanceIsReleasedExactlyOnce() {
        Tries.forAll(500, InstantRefundQuotaPropertiesTest::run, run -> {
            Order order = SampleOrder.plain();
            Book book = new Book();
            Map<AdvanceStatus, Integer> ends = new EnumMap<>(AdvanceStatus.class);
            for (int n = 0; n < run.steps().size(); n++) {
                Step step = run.steps().get(n);
                if (step == Step.REQUEST) {
                    long amount = run.amounts().get(n);
                    InstantRefundRules.Usage usage = new InstantRefundRules.Usage(book.used, book.amounts.size(),
                            book.amounts.stream().mapToLong(Long::longValue).sum());
                    boolean paid = InstantRefundRules.refusals(run.terms(), InstantRefundGate.Decision.allow(), usage,
                            order, List.of("L1"), amount).isEmpty();
                    if (paid) {
                        book.amounts.add(amount);
                        book.statuses.add(AdvanceStatus.ADVANCED);
                        book.releases.add(0);
                        book.used += amount;
                    }
                } else if (!book.amounts.isEmpty()) {
                    int i = run.targets().get(n) % book.amounts.size();
                    AdvanceStatus to = switch (step) {
                        case SELLER_CONFIRMS, RULED_FOR_BUYER -> AdvanceStatus.SETTLED;
                        case SELLER_REFUSES -> AdvanceStatus.DISPUTED;
                        case RULED_BUYER_AT_FAULT -> AdvanceStatus.RECOVERING;
                        case RULED_NOBODY_AT_FAULT -> AdvanceStatus.WRITTEN_OFF;
                        case PAID_BACK -> AdvanceStatus.RECOVERED;
                        case REQUEST -> throw new IllegalStateException();
                    };
                    if (book.move(i, to) && !to.holdsQuota()) {
                        ends.merge(to, 1, Integer::sum);
                    }
                }
                assertThat(book.used).as("quota in use").isBetween(0L, run.terms().quotaPerBuyer());
                assertThat(InstantRefundRules.quotaLeft(run.terms(), new InstantRefundRules.Usage(book.used, 0, 0)))
                        .isEqualTo(run.terms().quotaPerBuyer() - book.used);
            }
            for (int i = 0; i < book.amounts.size(); i++) {
                assertThat(book.releases.get(i)).as("releases of advance %d", i)
                        .isEqualTo(book.statuses.get(i).holdsQuota() ? 0 : 1);
            }
            long closed = book.statuses.stream().filter(s -> !s.holdsQuota()).count();
            assertThat(ends.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(closed);
            long held = 0;
            for (int i = 0; i < book.amounts.size(); i++) {
                held += book.statuses.get(i).holdsQuota() ? book.amounts.get(i) : 0;
            }
            assertThat(book.used).isEqualTo(held);
        });
    }

    private static Run run(Random random) {
        long quota = Draw.between(random, 0, 60_000);
        InstantRefundPolicy terms = new InstantRefundPolicy(true, true, quota, 90, Draw.between(random, 0, 30),
                Draw.between(random, 0, 200_000), null, null, null, 0);
        List<Step> steps = Draw.list(random, 1, 60, r -> r.nextInt(3) == 0 ? Step.REQUEST : Draw.oneOf(r, Step.class));
        List<Long> amounts = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            amounts.add(Draw.between(random, 0L, 20_000L));
            targets.add(Draw.between(random, 0, 1000));
        }
        return new Run(terms, steps, amounts, targets);
    }
}
