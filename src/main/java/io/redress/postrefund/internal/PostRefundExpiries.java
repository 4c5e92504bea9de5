package io.redress.postrefund.internal;

import io.redress.deadlines.DeadlineExpired;
import io.redress.postrefund.PostRefundRequests;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A request's deadline ran out (a deadline whose subject is {@code postrefund:<requestId>}): applies it as SYSTEM.
 * Redelivery is harmless: an expiry that no longer fits the request does nothing.
 */
@Component
class PostRefundExpiries {

    static final String PREFIX = "postrefund:";

    private final PostRefundRequests requests;

    PostRefundExpiries(PostRefundRequests requests) {
        this.requests = requests;
    }

    // the condition is checked before the event registry stores a publication: other subjects' expiries cost nothing here
    @ApplicationModuleListener(condition = "#p0.caseId().startsWith('postrefund:')")
    void on(DeadlineExpired expired) {
        if (expired.caseId().startsWith(PREFIX)) {
            requests.expire(expired.caseId().substring(PREFIX.length()), expired.onExpiry());
        }
    }
}
