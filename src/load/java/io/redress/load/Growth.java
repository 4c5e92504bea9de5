package io.redress.load;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Grows the database by N cases through the API, in parallel, before the timed rounds, at a mix of what a
 * marketplace holds: every order pushed, shipped and signed for, a case opened on each; seven in ten agreed
 * (and so paid back), the other three left waiting for the seller. Rows are the application's own, so they are
 * consistent by construction; the price is speed (the rate of the full-case scenario).
 */
final class Growth {

    private Growth() {
    }

    static void grow(Api api, long cases, int clients) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                long n;
                while ((n = next.getAndIncrement()) < cases) {
                    try {
                        String caseId = api.apply(api.sign(api.ship(api.pushOrder(1_000_000_000L + n))));
                        if (n % 10 < 7) {
                            api.agree(caseId);
                        }
                        long d = done.incrementAndGet();
                        if (d % 1000 == 0) {
                            System.out.printf("  grown by %d cases (%.0f/s)%n", d, d / ((System.nanoTime() - start) / 1e9));
                        }
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("  growth error: " + e.getMessage());
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        System.out.printf("grown by %d cases in %.0f s, %d errors%n", done.get(), (System.nanoTime() - start) / 1e9,
                errors.get());
    }
}
