package io.redress.load;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One timed scenario: a fixed pool of clients, each calling as fast as the answers come, for a number of seconds
 * or until its input runs out. Input comes from the outputs of an earlier stage (orders pushed, then shipped,
 * signed, cases opened, agreed); a stage without input makes its own (a counter). Each call's latency is recorded.
 */
final class Stage {

    /** One call on one input; answers the output for the next stage (null for none). */
    interface Call {
        String call(String input, long n) throws Exception;
    }

    private static final AtomicLong COUNTER = new AtomicLong();

    private Stage() {
    }

    static Result run(String name, int clients, int seconds, Queue<String> input, Queue<String> output, Call call)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong lastError = new AtomicLong();
        String[] sample = new String[1];
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong finished = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    String in = input == null ? null : input.poll();
                    if (input != null && in == null) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    try {
                        String out = call.call(in, COUNTER.incrementAndGet());
                        latencies.add(System.nanoTime() - t0);
                        if (out != null && output != null) {
                            output.add(out);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (lastError.getAndSet(System.nanoTime()) == 0) {
                            sample[0] = e.getMessage();
                        }
                    }
                }
                finished.accumulateAndGet(System.nanoTime(), Math::max);
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (finished.get() - start) / 1e9;
        if (sample[0] != null) {
            System.out.println("  " + name + ": first error: " + sample[0]);
        }
        return new Result(name, latencies.count(), errors.get(), elapsed, latencies.percentile(50),
                latencies.percentile(95), latencies.percentile(99));
    }

    static Queue<String> queue() {
        return new ConcurrentLinkedQueue<>();
    }

    /** What a stage measured: calls answered as expected, errors, seconds, latency percentiles in ms. */
    record Result(String name, long ok, long errors, double seconds, double p50, double p95, double p99) {

        double throughput() {
            return seconds <= 0 ? 0 : ok / seconds;
        }
    }
}
