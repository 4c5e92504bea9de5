package io.redress.payments;

/** Where one leg's money is: REQUESTED before the PSP was called; UNKNOWN after a call without an answer. */
public enum RefundStatus {
    REQUESTED, PENDING, UNKNOWN, SUCCEEDED, FAILED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }
}
