package io.redress.payments;

import java.util.concurrent.Executor;

/**
 * Where committed refund attempts are sent from. By default the payments module sends them on a small pool of its
 * own threads, so no request waits on the PSP; an application that must decide when the sends happen (the policy
 * simulator, which plays a month on a simulated clock and must not depend on thread timing) provides an
 * {@link Executor} bean of this name, and every first send runs on it instead.
 */
public final class RefundSenders {

    /** The name of the {@link Executor} bean that replaces the module's own sender threads. */
    public static final String BEAN = "refundSenders";

    private RefundSenders() {
    }
}
