package io.redress.budget;

import java.util.Map;

/**
 * The statement and transaction budget of each command: one row per command, measured on the shared H2 context
 * with real bearer credentials (the demo service key, issued tokens), each credential used just before (its
 * lookup is remembered), on the example order (one line, one discount, one payment). When a feature adds a
 * statement to a command, raise its row and add a line to its comment saying what the statement is for.
 */
final class CommandBudgets {

    /** At most this many statements in at most this many transactions. */
    record Budget(String command, int statements, int transactions) {
    }

    /**
     * POST /api/v1/orders, one transaction: the replay check (submission fingerprint); the orders row; one batch each
     * into order_lines, order_discounts, order_discount_shares and order_payments (one statement per table, whatever
     * the number of rows); the outbox row of OrderReceived. The answer is the order as written, not read back. It
     * was 14: one insert per line, discount, share and payment, the stored order read back (6), and a second
     * registry row for the credit module's listener, which recorded the order as an input of both parties'
     * standing (orders are now counted from the order rows). Since then the ledger captures the order's payment in
     * this transaction, from the order as stored (its ledger row, the entry and its lines in one batch: 3, and the
     * entry's audit record: the chain head locked, the record, the head moved: 3), instead of after it through the
     * registry row, whose claim, six reads of the order, postings and completion ran in transactions of their own: 12
     * in 1, and nothing after it.
     */
    static final Budget ORDER_PUSH = new Budget("order push", 12, 1);

    /**
     * POST /api/v1/orders/{id}/fulfilment (SHIPPED), one transaction: the order's row lock (404 when absent); the
     * order read once (6); one order_fulfilment row per line; the outbox row of FulfilmentRecorded. The answer is
     * the order read, with the event applied. Since then a shipment answers a refund-only request made before it in
     * this transaction (the order's cases read: one statement; none to close in the measured order) instead of after
     * it through the registry row, claimed, the order locked, the cases read and the row completed in transactions
     * of their own: 9 in 1, and nothing after it (a SIGNED event: 8). Since then the order is read in three
     * statements instead of six (its row with its lines and their shipment and signature, its discounts with their
     * shares, its payments): 6 in 1. Since then the order is read in one statement (the three parts in a
     * {@code UNION ALL}): 4 in 1.
     */
    static final Budget CARRIER_EVENT = new Budget("carrier event SHIPPED", 4, 1);

    /**
     * POST /api/v1/cases. The transaction (24): the order's row lock; the order read once under it (6); the policy
     * in force; the order's earlier cases (the application limit); the case row and its line; the deadline (lock
     * the open one, update it or insert it, and db-scheduler's lookup and insert of the timer: 5); the reservation
     * (the order lock again, one guarded update per line and per payment, one reservation row per part: 5); the
     * timeline row; the deadline read back and the queue's due date. After it, for the answer (2 transactions):
     * the case's deadline and open attention. Since then: the quote kept with the reservation (1), CaseOpened and
     * ActionAwaited into the webhook outbox (the subscribed endpoints looked up once per event: 2), the audit
     * trail (the chain head locked, the record, the head moved: 3), the event registry's rows for the new
     * listeners, and the inbox's reads; 37 in 6 measured. The repeated endpoint lookups and case reads are waste
     * to remove (docs/performance.md, "What is left"). Since then: the case's platform advance read for the answer
     * (instant refunds, its own transaction): 36 in 7 measured. Since then the reservation no longer takes the
     * order's lock again (a transaction takes it once), and CaseOpened has no registry row for the credit module
     * unless the claim is an empty parcel or missing parts (its listener's condition): 34 in 7. Since then the
     * deadline's lock tells whether the case has a deadline row at all, so a first deadline is inserted without an
     * update that finds nothing: 32 in 6. Since then the order is read in three statements instead of six: 29 in 6. Since then the answer is built in the
     * application's transaction from what it wrote (a case it added has no attention, proposal, decision or advance
     * but those it made: 5 reads and 5 transactions); the first deadline is inserted without looking for a row (a new
     * case has none) and its execution without db-scheduler's lookup (its name is the new deadline's id); the case row
     * is inserted with its queue due date instead of updated after; a new case's quote is not deleted first; the
     * reservation's rows go in one batch; the policy in force is read as its number (its rules are kept once read):
     * 19 in 1. Since then the policy in force and the webhook endpoints are remembered for a short time
     * ({@code redress.policy.lookup-ttl}, {@code redress.webhooks.endpoint-lookup-ttl}, 2 s; the measured call
     * follows a quote, which reads the policy): 17, and 18 when the endpoints were not remembered. Since then the
     * order is read in one statement instead of three: 15, or 16.
     */
    static final Budget APPLY = new Budget("apply", 16, 1);

    /**
     * POST /api/v1/cases/{id}/agree (refund only), one transaction, the answer read in it. The access check reads
     * the case (with its lines, one statement); the order's row lock; the case read again under it; whether a
     * proposal is pending (the allowed actions); the versioned update; the seller's deadline cancelled (lock,
     * db-scheduler's execution deleted unless picked, the row deleted: 3); the outbox row of CaseTransitioned; a
     * pending proposal lapses (1 update); the decision: the order read once (6), the reservation, the quote, the
     * decision's replay check and its row, RefundDecided's outbox row, the refund request and one attempt row per
     * instrument, RefundRequested's outbox row and the attempts read back for it; the subscribed webhook endpoints
     * looked up once for the transaction's events; the timeline row and its details (read, update); the queue's
     * due date; the audit trail (head lock, two records, head update); the outbox claim and completion of the
     * synchronous listener. The answer reads only the open attention: the deadline, the proposal and the decision
     * are what this transaction wrote. Every later read of what the transaction wrote is answered from what it
     * wrote ({@code TransactionMemory}): before that, the case was read 5 times, its lines 5 times, its
     * reservation 3 times, the endpoints twice, the decision twice (54 statements in 7 transactions).
     * Since then: the registry row of the credit module's listener of CaseTransitioned (refunds, refusals and timer
     * breaches count in the parties' standing), and the case's platform advance read for the allowed actions (a
     * seller answers an advance only while it waits): 39 in 3 measured. Since then the case read for the access
     * check is not read again under the lock when it is at the command's version (the versioned update catches a
     * change in between), and CaseTransitioned has no registry row for the credit module unless the move is a
     * dispute, a refusal or a missed answer (its listener's condition): 37 in 3. Since then: the payout request hands
     * its attempts, as written, to the sender threads after commit (a transaction synchronization) instead of through
     * an internal event the registry stored, claimed and completed, and is answered with what it wrote instead of
     * reading the attempts back; the case's payout listener is stored only for a decision that pays nothing; the
     * timeline row's details are annotated from what the transaction recorded, not read back; the audit trail's two
     * records go in one batch; the deadline is deleted only when its lock found a row: 30 in 1. Since then the
     * ledger posts the decided refund in this transaction (the ledger's order row locked, the entry and its lines in
     * one batch: 3) instead of after it through a registry row of its own: 32 in 1, and the payout 8 fewer. Since then
     * the order is read in three statements instead of six: 29 in 1. Since then the timeline row is inserted with who
     * acted and what they sent (announced to the timeline before the transition), not inserted and then updated: 28
     * in 1. Since then the queue's due date goes with the versioned update instead of an update of its own; the
     * pending proposal read for the allowed actions is kept (the versioned update fails if a proposal was made or
     * ended since), so a move with none pending does not lapse one; the decision is inserted unless its reference was
     * decided before (its unique key) instead of looked up first: 25 in 1. Since then the webhook endpoints are
     * remembered for a short time ({@code redress.webhooks.endpoint-lookup-ttl}: 24 when they are) and the order is
     * read in one statement instead of three: 23, or 22. Since then the quote the decision cites is read with the
     * reservation, in one statement, and the decided refund's request is inserted without asking whether one exists:
     * 22, or 21.
     */
    static final Budget AGREE = new Budget("agree", 22, 1);

    /**
     * From agreement to REFUNDED, on the listener and sender threads: each outbox delivery claims its row and
     * completes it (2 each); the PSP call (claim, outcome, the refund's completion check and RefundCompleted); the
     * ledger's posting of the decided refund (from RefundDecided) and of the payout; the case made REFUNDED (the
     * case read, the order lock, the case read under it, versioned update, deadline, timeline, queue, reservations
     * settled on the order's lines and payments, attention resolved), with the audit trail and webhook outbox rows
     * of each step's transaction. The payout request itself commits with the agreement (see AGREE). 78 statements
     * in 17 transactions until the listener of the agreement checked "nothing to pay?" by reading the decision
     * alone instead of locking the order and reading the case twice, and the completion stopped reading the case a
     * third time; 63 in 17 measured. Since then: the credit module records the refund as an input of the buyer's and
     * the shop's standing (its listener's claim and completion, the policy, the standing row created and locked, the
     * input's replay check, row and the count over the window, the standing update, the audit record: 16 statements
     * in 6 transactions): 79 in 23 measured; 85 when the refund takes the buyer's or the shop's refund rate over a
     * step of the penalty ladder (the penalty row and its audit record, for each of the two parties), which the
     * shared context's demo buyer and shop reach after enough tests. Since then refunds are counted from the case
     * rows (the time each became REFUNDED) instead of one input per refund, so the credit module does nothing after a
     * refund (its listener has no registry row for the move either), and the settlement no longer takes the order's
     * lock a second time: 62 in 17. Since then the case's payout listener (which completes a refund paying nothing) is
     * stored and delivered only for a move into REFUNDING (its condition), not for every move of the case, so the move
     * to REFUNDED no longer stores a registry row that is claimed and completed for nothing: 59 in 15. Since then the
     * ledger remembers the accounts it found stored and does not insert them again (the escrow, the PSP clearing
     * account, a buyer's funds once its first posting committed): 55 in 15. Since then: the sender no longer reads the
     * attempts it was handed; the case's payout listener no longer runs for every move into REFUNDING (it listens to
     * a decision that pays nothing; each delivery was a claim, the decision read and a completion in two
     * transactions); the completion reads the case once, before the order's lock (its versioned update, under the
     * lock, refuses a case changed in between), and the reservation once; no deadline delete when there is no
     * deadline row; each ledger entry's lines and each transaction's audit records go in one batch: 45 in 11. Since
     * then the ledger posts the decided refund in the agreement's transaction (no registry row, claim, completion or
     * transaction of its own; the paid leg is still posted after the PSP's answer is recorded, so that recording it
     * never depends on the books): 37 in 8 (the agreement 2 more). Since then a move from a status other than
     * REQUESTED (the only one a proposal is made and waits in) no longer lapses a pending proposal that cannot exist:
     * 36 in 8. Since then the thread that records the last paid leg makes the case REFUNDED as soon as that commits
     * (the order locked first, the case read once under it) instead of leaving it to RefundCompleted's registry
     * delivery, which waited its turn on the listener threads; that delivery still follows as the guarantee and,
     * locking the order and reading the case, finds it REFUNDED (its claim, lock, read and completion): 38 in 9.
     * Since then the move to REFUNDED writes the queue's due date with its versioned update: 37 in 9. Since then the
     * paid leg's posting and the refund's completion run in the transaction that records the PSP's answer
     * ({@code RefundLegRecorded}, {@code RefundCompletion}; the registry only when that transaction failed) instead of
     * after it: no registry rows, claims, completions or transactions of their own, no guarantee delivery that locks
     * the order to find the case REFUNDED, one webhook endpoint lookup and one audit append for all of it. 22 in 2: the
     * sender's claim before the PSP call (1 in 1); the answer, the refund's completion, the case made REFUNDED and
     * settled, the leg posted and the audit trail (21 in 1; 20 on PostgreSQL, whose audit append is one statement).
     * Since then the refund's completion check is the request's update itself (its condition: no leg that has not
     * succeeded), after the request's lock, instead of a count and then the update: 21 in 2.
     */
    static final Budget PAYOUT = new Budget("payout completion (agree to REFUNDED, asynchronous)", 21, 2);

    /**
     * GET /api/v1/cases?size=20 as a buyer (the first page, or the page after a cursor), one read-only transaction:
     * the page's range of the {@code (buyer_id, created_at, case_id)} index; the page's cases with their lines (one
     * statement); then, for the whole page at once, the running deadlines, open attention, pending proposals,
     * refund decisions and platform advances (one {@code IN (…)} read each). The same for any page size: each
     * listed case used to cost five to seven reads of its own, 100 and more for a page of 20.
     */
    static final Budget CASE_PAGE = new Budget("a page of a buyer's cases", 7, 1);

    /**
     * GET /api/v1/cases?size=20 as seller staff, the shop's queue: as {@link #CASE_PAGE}, with up to two ranges of
     * the {@code (shop_id, deadline_at, created_at, case_id)} index (the cases with a deadline, then, when the page
     * is not full, those without).
     */
    static final Budget QUEUE_PAGE = new Budget("a page of a shop's queue", 8, 1);

    /**
     * GET /api/v1/interventions?size=20, the agents' queue: up to two ranges of the
     * {@code (sla_due_at, requested_at, case_id)} index (disputes on an SLA, then those without), each row all
     * the item shows; nothing is read per dispute.
     */
    static final Budget AGENTS_QUEUE_PAGE = new Budget("a page of the agents' queue", 2, 1);

    /**
     * GET /api/v1/inbox as seller staff, with 18 cases awaiting the shop's answer, one read-only transaction: the
     * awaiting cases' ids (one bounded read of the queue); the cases with their lines; then, for all of them at once,
     * the running deadlines, open attention, pending proposals, refund decisions and platform advances. Each case
     * used to be read and shown with six statements of its own (115 in all for these 18, measured).
     */
    static final Budget INBOX = new Budget("a shop's inbox", 7, 1);

    /**
     * On PostgreSQL, what reaches the database: a transaction's inserts that nothing reads back before its next
     * statement ({@code DeferredInserts}: the order's rows, the case's, its line, deadline and execution,
     * reservation, quote and timeline row, the refund's attempts, a ledger entry's lines, webhook events and
     * deliveries) travel as one statement with that next statement's round trip, or with the commit. Measured with
     * the order read in three statements: order push 12 → 7 (the order's five inserts in one); carrier event 6 (its
     * one insert, alone either way); apply 19 → 11 (two sends of four and three inserts); agree 25 → 22; payout 22 →
     * 20. With the order read in one: carrier event 4, apply 9, agree 20. With a deadline's cancel in one statement
     * (its row deleted, returning its id, and its unpicked execution with it): agree 18. Each budget allows the webhook
     * endpoints' lookup ({@code redress.webhooks.endpoint-lookup-ttl}) when it is not remembered, which also splits
     * the held inserts once more: apply 10, agree 20, payout 21. With the refund's completion check in its update:
     * payout 19 (20). With every part of a reservation's move (each line, each payment, the shipping fee) in one
     * statement ({@code OrderRefunds}): apply 8 (9), payout 18 (19). With a decided refund's request inserted
     * without asking whether one exists (its reference is the new decision's), held with the attempts: agree 16
     * (18; the request's insert no longer splits the held rows into three sends). With the quote read with the
     * reservation: agree 15 (17). With a ledger entry and its lines in one statement, and a new order's ledger row
     * held with the order's rows (nothing could have remembered an order its intake has just stored): order push 5
     * (6), payout 17 (18). With a paid leg's request locked by the statement that records the leg: payout 16 (17). With what a connection
     * holds carried in the round trip of the transaction's next statement (one query of several statements, run one
     * after the other) instead of a round trip of its own before it, and the writes whose outcome nothing reads held
     * too (a deadline's cancel, a settled case's reservation rows and its open attention): order push 4 (5), carrier
     * event 3 (4), apply 6 (7), agree 13 (14), payout 12 (13). With the order's lock taken in the round trip of the
     * statement after it ({@code OrderLocks.lockWithNextStatement}: the order's read, or the case's): carrier event 2
     * (3), apply 5 (6), agree 12 (13), payout 11 (12). Every other command's budget is the same on both databases.
     */
    static final Map<Budget, Budget> ON_POSTGRESQL = Map.of(
            ORDER_PUSH, new Budget("order push", 5, 1),
            CARRIER_EVENT, new Budget("carrier event SHIPPED", 3, 1),
            APPLY, new Budget("apply", 6, 1),
            AGREE, new Budget("agree", 13, 1),
            PAYOUT, new Budget("payout completion (agree to REFUNDED, asynchronous)", 12, 2));

    private CommandBudgets() {
    }
}
