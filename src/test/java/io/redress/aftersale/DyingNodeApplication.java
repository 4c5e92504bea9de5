package io.redress.aftersale;

import io.redress.RedressApplication;
import io.redress.deadlines.DeadlineExpired;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The ordinary application, as a node that dies at the worst moment for deadlines: right after the
 * {@code dying-node.after-fires}-th deadline it fired has committed, before db-scheduler records that
 * execution complete. It halts the JVM (no shutdown hooks, as with SIGKILL), so another instance later finds
 * the execution dead and runs it again. For {@link TwoApplicationProcessesPostgresTest}.
 */
public class DyingNodeApplication {

    private final AtomicInteger fired = new AtomicInteger();
    private final int fatalFire;

    DyingNodeApplication(@Value("${dying-node.after-fires}") int fatalFire) {
        this.fatalFire = fatalFire;
    }

    public static void main(String[] args) {
        SpringApplication.run(new Class<?>[] {RedressApplication.class, DyingNodeApplication.class}, args);
    }

    /** Called in the transaction that marked the deadline fired. */
    @EventListener
    void on(DeadlineExpired expired) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (fired.incrementAndGet() == fatalFire) {
                    System.out.println("dying right after firing the deadline of case " + expired.caseId());
                    Runtime.getRuntime().halt(DYING);
                }
            }
        });
    }

    /** The exit status of the node when it died as planned. */
    static final int DYING = 86;
}
