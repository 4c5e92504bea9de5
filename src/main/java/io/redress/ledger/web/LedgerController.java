package io.redress.ledger.web;

import io.redress.ledger.Account;
import io.redress.ledger.AccountBalance;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only ledger for auditors: balances per account and each account's postings. */
@RestController
@RequestMapping("/api/v1/ledger")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class LedgerController {

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/accounts")
    Accounts accounts() {
        return new Accounts(ledger.balances(), ledger.unbalancedEntries());
    }

    @GetMapping("/accounts/{account}/entries")
    AccountLines entries(@PathVariable String account) {
        if (!Account.isValid(account)) {
            throw new InvalidRequest("account", "must look like KIND or KIND:owner, e.g. SELLER_PAYABLE:shop-1");
        }
        List<LedgerLine> lines = ledger.lines(new Account(account));
        if (lines.isEmpty()) {
            throw new ResourceNotFound("account", account);
        }
        return new AccountLines(account, lines);
    }

    /** Every account's totals, and the references of any entry that does not balance (empty when sound). */
    record Accounts(List<AccountBalance> accounts, List<String> unbalancedEntries) {
    }

    record AccountLines(String account, List<LedgerLine> entries) {
    }
}
