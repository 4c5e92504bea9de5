package io.redress.aftersale;

import java.time.Instant;

/**
 * Something on a case started waiting for a party (published in the transaction of the change): for the
 * marketplace to tell that buyer or shop, e.g. by SMS or app push. {@code dueAt} is null when no deadline runs;
 * {@code what} is the inbox's code (answer-request, answer-proposal, revise-or-escalate, ship-return, ...).
 */
public record ActionAwaited(String caseId, String orderId, Awaiting.Party party, String buyerId, String shopId,
        String what, Instant dueAt, long version, Instant at) {
}
