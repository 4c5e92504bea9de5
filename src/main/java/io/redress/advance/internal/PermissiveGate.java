package io.redress.advance.internal;

import io.redress.advance.InstantRefundGate;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/** The gate while no credit record is kept: every buyer passes, and only the policy's limits decide. */
@Component
@Fallback
class PermissiveGate implements InstantRefundGate {

    @Override
    public Decision allows(String buyerId) {
        return Decision.allow();
    }
}
