package io.redress.ledger;

import java.util.Currency;

/** An account's totals in one currency; balanceAmount = debitAmount − creditAmount. */
public record AccountBalance(String account, Currency currency, long debitAmount, long creditAmount, long balanceAmount, long postings) {
}
