package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.BadSqlGrammarException;

class TransientFailuresTest {

    @Test
    void aTransactionThatGetsNoConnectionFromThePoolIsTransient() {
        RuntimeException failure = ExhaustedPool.failureOfATransaction();
        assertThat(TransientFailures.in(failure)).as(failure.toString()).isTrue();
    }

    @Test
    void aQueryThatGetsNoConnectionFromThePoolIsTransient() {
        RuntimeException failure = ExhaustedPool.failureOfAQuery();
        assertThat(TransientFailures.in(failure)).as(failure.toString()).isTrue();
    }

    @Test
    void aLockTimeoutAndADeadlocksVictimAreTransient() {
        assertThat(TransientFailures.in(new CannotAcquireLockException("lock wait timed out"))).isTrue();
        assertThat(TransientFailures.in(new PessimisticLockingFailureException("deadlock detected"))).isTrue();
        assertThat(TransientFailures.in(new ServletException("filter failed",
                new SQLTransactionRollbackException("deadlock detected", "40P01")))).isTrue();
    }

    @Test
    void mistakesAndBrokenRulesAreNot() {
        assertThat(TransientFailures.in(new IllegalStateException("a bug"))).isFalse();
        assertThat(TransientFailures.in(new DuplicateKeyException("duplicate key"))).isFalse();
        assertThat(TransientFailures.in(new DataIntegrityViolationException("check constraint"))).isFalse();
        assertThat(TransientFailures.in(new BadSqlGrammarException("select", "SELEC 1", new java.sql.SQLException()))).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(TransientFailures.in(first)).isFalse();
    }
}
