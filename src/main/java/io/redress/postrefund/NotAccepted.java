package io.redress.postrefund;

import io.redress.shared.ProblemType;
import io.redress.shared.RuleViolation;

/**
 * 422, {@code code} NOT_ACCEPTED: the platform does not take the request up, for {@code reasonCode} (a ground of
 * DOMAIN §8.3, named in {@code section}, or one of our defaults); {@code detail} says it in the caller's language.
 */
public class NotAccepted extends RuleViolation {

    public static final ProblemType TYPE = new ProblemType("not-accepted");

    private final NotAcceptedReason reason;

    public NotAccepted(NotAcceptedReason reason, String detail) {
        super(TYPE, detail);
        this.reason = reason;
        with("code", "NOT_ACCEPTED");
        with("reasonCode", reason.name());
        if (reason.section() != null) {
            with("section", "DOMAIN §" + reason.section());
        }
    }

    public NotAcceptedReason reason() {
        return reason;
    }
}
