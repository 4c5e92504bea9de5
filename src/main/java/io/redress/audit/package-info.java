/**
 * The audit trail: an append-only, hash-chained log of business facts (case transitions, refund outcomes, ledger
 * entries, policy publications, admin actions, staff sign-ins), each written in the transaction of its fact, with a
 * daily digest of the chain head and an offline verifier ({@link io.redress.audit.ChainVerifier}) that needs neither
 * a database nor Spring. See docs/audit.md.
 */
package io.redress.audit;
