package io.redress.advance;

/**
 * Where a platform advance stands (docs/instant-refund.md). ADVANCED: paid, the seller's answer is open. DISPUTED: the
 * seller refused the returned goods and the platform reviews. SETTLED: the seller bears the refund (confirmed, stayed
 * silent, or ruled against). RECOVERING: the buyer was found at fault and owes the advance. RECOVERED: the buyer paid
 * it back. WRITTEN_OFF: ruled for the seller with nobody at fault the platform can recover from, or what the buyer owed
 * written off; the platform bears it.
 * Quota is held from ADVANCED until SETTLED, RECOVERED or WRITTEN_OFF.
 */
public enum AdvanceStatus {
    ADVANCED, DISPUTED, SETTLED, RECOVERING, RECOVERED, WRITTEN_OFF;

    /** Whether the advance still holds its amount of the buyer's quota. */
    public boolean holdsQuota() {
        return this == ADVANCED || this == DISPUTED || this == RECOVERING;
    }

    /** Whether the seller's answer (agree, confirm or refuse receipt) is still open. */
    public boolean awaitsSeller() {
        return this == ADVANCED;
    }

    /** The step from here to {@code next} is one the advance can take; every other is refused. */
    public boolean canBecome(AdvanceStatus next) {
        return switch (this) {
            case ADVANCED -> next == DISPUTED || next == SETTLED;
            case DISPUTED -> next == SETTLED || next == RECOVERING || next == WRITTEN_OFF;
            case RECOVERING -> next == RECOVERED || next == WRITTEN_OFF;
            case SETTLED, RECOVERED, WRITTEN_OFF -> false;
        };
    }
}
