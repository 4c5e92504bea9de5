package io.redress.orders;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@RedressIntegrationTest
class OrderLocksIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired OrderLocks locks;
    @Autowired TransactionTemplate transaction;

    @Test
    void anOrderIsLockedOnlyInsideATransactionThatHoldsIt() throws Exception {
        String id = OrderJson.pushExample(mvc);

        // outside a transaction the row lock would end with the statement and serialise nothing
        assertThatThrownBy(() -> locks.lock(id)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatCode(() -> transaction.executeWithoutResult(status -> locks.lock(id))).doesNotThrowAnyException();
    }

    @Test
    void anOrderThatDoesNotExistCannotBeLocked() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> locks.lock("no-such-order")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-order");
    }
}
