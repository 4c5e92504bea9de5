package io.redress.advance;

import io.redress.policy.InstantRefundPolicy;
import io.redress.policy.Policies;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Turns the default policy's instant refunds on (the default terms otherwise) for each test, and back to the terms
 * before it afterwards, so that the shared context's other tests see instant refunds as they were.
 */
public final class InstantRefundsOn implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(InstantRefundsOn.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(STORE).put("before", AdvanceCalls.terms(policies(context),
                InstantRefundPolicy.DEFAULTS.turned(true)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        AdvanceCalls.terms(policies(context), context.getStore(STORE).get("before", InstantRefundPolicy.class));
    }

    private static Policies policies(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(Policies.class);
    }
}
