package io.redress.decisions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.decisions.RefundDecision;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@RedressPostgresTest
class DecisionRowsPostgresTest {

    @Autowired
    DecisionRows rows;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSecondDecisionOfOneReferenceWaitsForTheFirstAndIsNotInsertedInsteadOfFailingOnTheKey() throws Exception {
        String refundRef = "C-" + UUID.randomUUID();
        RefundDecision first = decision(refundRef, 3000);
        RefundDecision second = decision(refundRef, 3000);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Boolean> firstInserted = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            boolean done = rows.insertIfAbsent(first);
            inserted.countDown();
            await(release); // the first transaction stays open while the second tries its insert
            return done;
        }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> secondInserted = CompletableFuture.supplyAsync(
                () -> transactions.execute(tx -> rows.insertIfAbsent(second)));
        Thread.sleep(300);
        assertThat(secondInserted).as("the second waits for the first's key").isNotDone();
        release.countDown();

        assertThat(firstInserted.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(secondInserted.get(30, TimeUnit.SECONDS)).as("nothing inserted, no key violation").isFalse();
        assertThat(rows.byRef(refundRef)).map(RefundDecision::decisionId).contains(first.decisionId());
    }

    private static RefundDecision decision(String refundRef, long amount) {
        return new RefundDecision("RD-" + UUID.randomUUID(), refundRef, refundRef, "O-" + refundRef, "buyer-1",
                "shop-1", Currency.getInstance("CNY"), amount, List.of(new RefundDecision.Line("L1", 1, amount, 0, 0)),
                0, List.of(new RefundDecision.Instrument("P1", "PSP-1", amount)),
                new RefundDecision.Funders(amount, 0, 0), "taobao", 1, null, "SELLER", "AGREE", null,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
