package io.redress.ledger;

import java.util.Objects;

/** One line of a journal entry: a debit (amount > 0) or a credit (amount < 0) to an account. */
public record Posting(Account account, long amount) {

    public Posting {
        Objects.requireNonNull(account, "account");
        if (amount == 0) {
            throw new IllegalArgumentException("a posting must move money");
        }
    }

    public static Posting debit(Account account, long amount) {
        return new Posting(account, amount);
    }

    public static Posting credit(Account account, long amount) {
        return new Posting(account, Math.negateExact(amount));
    }
}
