package io.redress.payments.sandbox;

/**
 * Live behaviour of the sandbox PSP. Rates are probabilities 0..1 per call. A failure answers 503 before
 * anything is recorded; a timeout records and pays the refund, then stalls {@code stallMillis} so the client
 * gives up (the worst case: money moved, outcome unknown); a decline records FAILED; a pending refund
 * succeeds after {@code callbackDelayMillis} and is announced by 1 + {@code duplicateCallbacks} callbacks.
 */
public record SandboxSettings(long latencyMillis, double failureRate, double timeoutRate, long stallMillis,
        double declineRate, double pendingRate, long callbackDelayMillis, int duplicateCallbacks) {

    public SandboxSettings {
        for (double rate : new double[] {failureRate, timeoutRate, declineRate, pendingRate}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("rates must be between 0 and 1");
            }
        }
        if (latencyMillis < 0 || stallMillis < 0 || callbackDelayMillis < 0 || duplicateCallbacks < 0) {
            throw new IllegalArgumentException("delays and counts must not be negative");
        }
    }

    /** A PSP that answers at once and always succeeds. */
    public static SandboxSettings reliable() {
        return new SandboxSettings(0, 0, 0, 35_000, 0, 0, 1_000, 0);
    }
}
