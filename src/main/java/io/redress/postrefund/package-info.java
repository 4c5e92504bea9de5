/**
 * After a refund (DOMAIN §8): the buyer's reinstatement request (a new order at the original line prices, with the
 * seller's consent), the seller's appeal within 7 days of a refund it did not agree to, reviewed by a senior agent
 * who did not rule the case, and what an upheld appeal books: a platform compensation or a receivable against the
 * buyer, never a reversal of the refund. See docs/after-refund.md.
 */
package io.redress.postrefund;
