package io.redress.advance;

/** When the platform paid first: on an unshipped refund-only request, or when the return's tracking number came in. */
public enum AdvanceKind {
    UNSHIPPED_INSTANT_REFUND, RETURN_ADVANCE
}
