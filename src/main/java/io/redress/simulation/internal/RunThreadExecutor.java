package io.redress.simulation.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * Work the engine would hand to threads of its own (the refund senders), kept until the run asks for it and then
 * done in the run's thread, first handed over first done. Nothing runs behind the run's back, so what happens never
 * depends on how the threads of a busy machine are scheduled, and nothing is left running when the clock moves on.
 */
final class RunThreadExecutor implements Executor {

    private final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable command) {
        waiting.add(command);
    }

    /** Does all the work handed over, including work handed over meanwhile; returns how much. */
    int runAll() {
        int ran = 0;
        for (Runnable next = waiting.poll(); next != null; next = waiting.poll()) {
            next.run();
            ran++;
        }
        return ran;
    }

    boolean idle() {
        return waiting.isEmpty();
    }
}
