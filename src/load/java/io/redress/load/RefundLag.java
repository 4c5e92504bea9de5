package io.redress.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The time from agreement to REFUNDED of agreed cases, read from each case's timeline once the last of them is
 * refunded (or a deadline passes): the payout pipeline's lag under the load that just ran, backlog included.
 */
final class RefundLag {

    /** Lag percentiles in ms, and how many of the cases were not refunded by the deadline. */
    record Lag(int cases, int notRefunded, double p50, double p99, double max) {
    }

    private RefundLag() {
    }

    static Lag of(Api api, List<String> agreed, int waitSeconds) throws Exception {
        if (agreed.isEmpty()) {
            return new Lag(0, 0, 0, 0, 0);
        }
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        String last = agreed.get(agreed.size() - 1);
        while (!api.status(last).equals("REFUNDED") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        int step = Math.max(1, agreed.size() / 400);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < agreed.size(); i += step) {
            sample.add(agreed.get(i));
        }
        Latencies lags = new Latencies();
        int notRefunded = 0;
        for (String caseId : sample) {
            long ms = api.agreeToRefunded(caseId);
            while (ms < 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                ms = api.agreeToRefunded(caseId);
            }
            if (ms < 0) {
                notRefunded++;
            } else {
                lags.add(ms * 1_000_000L);
            }
        }
        return new Lag(sample.size(), notRefunded, lags.percentile(50), lags.percentile(99), lags.percentile(100));
    }
}
