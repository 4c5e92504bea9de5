package io.redress.ledger.web;

import io.redress.ledger.Account;
import io.redress.ledger.AccountBalance;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.ledger.Reconciliation;
import io.redress.ledger.ReconciliationReport;
import io.redress.payments.GatewayUnavailable;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only ledger for auditors: balances per account, each account's postings, and reconciliation with the PSP. */
@RestController
@RequestMapping("/api/v1/ledger")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class LedgerController {

    private final Ledger ledger;
    private final Reconciliation reconciliation;

    LedgerController(Ledger ledger, Reconciliation reconciliation) {
        this.ledger = ledger;
        this.reconciliation = reconciliation;
    }

    @GetMapping("/accounts")
    @Operation(summary = "Ledger balances",
            description = "Roles: AUDITOR, ADMIN. Debit, credit and balance per account, the references of any "
            + "entry that does not balance, and any seller's payable whose running balance (what a refund after "
            + "settlement reads) differs from the sum of its lines.")
    @ApiResponse(responseCode = "200", description = "Every account")
    @ApiResponse(responseCode = "403", description = "The caller is neither auditor nor admin")
    Accounts accounts() {
        return new Accounts(ledger.balances(), ledger.unbalancedEntries(), ledger.driftedBalances());
    }

    @GetMapping("/accounts/{account}/entries")
    @Operation(summary = "An account's postings",
            description = "Roles: AUDITOR, ADMIN. account is KIND or KIND:owner, e.g. SELLER_PAYABLE:shop-1.")
    @ApiResponse(responseCode = "200", description = "The postings, oldest first")
    @ApiResponse(responseCode = "400", description = "Malformed account")
    @ApiResponse(responseCode = "403", description = "The caller is neither auditor nor admin")
    @ApiResponse(responseCode = "404", description = "No postings on this account")
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

    @GetMapping("/reconciliation")
    @Operation(summary = "Reconcile refunds with the PSP and the ledger",
            description = "Roles: AUDITOR, ADMIN. Every break between refund attempts, the PSP's statement and the "
            + "ledger.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "403", description = "The caller is neither auditor nor admin")
    @ApiResponse(responseCode = "503", description = "The PSP's records could not be read")
    ReconciliationReport reconciliation() {
        return reconcile();
    }

    @GetMapping(path = "/reconciliation.csv", produces = "text/csv")
    @Operation(summary = "Reconciliation report as CSV",
            description = "Roles: AUDITOR, ADMIN. The breaks of the reconciliation report, one per row.")
    @ApiResponse(responseCode = "200", description = "text/csv")
    @ApiResponse(responseCode = "403", description = "The caller is neither auditor nor admin")
    @ApiResponse(responseCode = "503", description = "The PSP's records could not be read")
    ResponseEntity<String> reconciliationCsv() {
        return CsvDownload.of(reconcile());
    }

    private ReconciliationReport reconcile() {
        try {
            return reconciliation.report();
        } catch (GatewayUnavailable e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the PSP's records could not be read: " + e.getMessage());
        }
    }

    /** Every account's totals, and the references of any entry that does not balance (empty when sound). */
    /**
     * @param driftedBalances sellers' payables whose running balance differs from the sum of their lines, each as
     *        {@code account currency: row R, lines L}; empty in a sound ledger
     */
    record Accounts(List<AccountBalance> accounts, List<String> unbalancedEntries, List<String> driftedBalances) {
    }

    record AccountLines(String account, List<LedgerLine> entries) {
    }
}
