/**
 * Instant refunds (极速退款) and platform advances (垫付): the platform pays a trusted buyer before the seller answers,
 * within a quota per buyer, and settles the advance against the seller or recovers it from the buyer afterwards.
 * See docs/instant-refund.md.
 */
package io.redress.advance;
