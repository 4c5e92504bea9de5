package io.redress.ledger.web;

import io.redress.ledger.Account;
import io.redress.ledger.Ledger;
import io.redress.ledger.Reconciliation;
import io.redress.shared.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The auditors' console pages: balances, an account's postings, and the reconciliation report and its CSV. */
@Controller
@RequestMapping("/ledger")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class LedgerPages {

    private final Ledger ledger;
    private final Reconciliation reconciliation;

    LedgerPages(Ledger ledger, Reconciliation reconciliation) {
        this.ledger = ledger;
        this.reconciliation = reconciliation;
    }

    @GetMapping
    String accounts(Model model) {
        model.addAttribute("balances", ledger.balances());
        model.addAttribute("unbalanced", ledger.unbalancedEntries());
        model.addAttribute("drifted", ledger.driftedBalances());
        model.addAttribute("yuan", new Yuan());
        return "ledger/accounts";
    }

    @GetMapping("/accounts/{account}")
    String account(@PathVariable String account, Model model) {
        if (!Account.isValid(account)) {
            throw new InvalidRequest("account", "must look like KIND or KIND:owner");
        }
        model.addAttribute("account", account);
        model.addAttribute("lines", ledger.lines(new Account(account)));
        model.addAttribute("yuan", new Yuan());
        return "ledger/account";
    }

    @GetMapping("/reconciliation")
    String reconciliation(Model model) {
        model.addAttribute("report", reconciliation.report());
        return "ledger/reconciliation";
    }

    @GetMapping("/reconciliation.csv")
    ResponseEntity<String> reconciliationCsv() {
        return CsvDownload.of(reconciliation.report());
    }

    /** Minor units shown as yuan with two decimals, computed on integers. */
    static final class Yuan {
        public String of(long fen) {
            String sign = fen < 0 ? "-" : "";
            long abs = Math.abs(fen);
            return sign + String.format("%,d.%02d", abs / 100, abs % 100);
        }
    }
}
