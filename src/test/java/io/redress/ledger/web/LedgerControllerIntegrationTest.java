package io.redress.ledger.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.ledger.Ledger;
import io.redress.ledger.SampleOrders;
import io.redress.payments.RefundLeg;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RedressIntegrationTest
class LedgerControllerIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Ledger ledger;
    @Autowired Refunds refunds;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static RequestPostProcessor auditor() {
        return authentication(new TestingAuthenticationToken(new Caller("auditor1", Set.of(Role.AUDITOR), null, null), null, "ROLE_AUDITOR"));
    }

    @Test
    void auditorSeesBalancesAndAnAccountsEntries() throws Exception {
        String shop = SampleOrders.settledShop(ledger);

        mvc.perform(get("/api/v1/ledger/accounts").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unbalancedEntries").isEmpty())
                .andExpect(jsonPath("$.accounts[?(@.account == 'SELLER_PAYABLE:" + shop + "')].balanceAmount").value(-23530));
        mvc.perform(get("/api/v1/ledger/accounts/SELLER_PAYABLE:" + shop + "/entries").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].kind").value("SETTLEMENT"))
                .andExpect(jsonPath("$.entries[0].amount").value(-23530))
                .andExpect(jsonPath("$.entries[0].currency").value("CNY"));
    }

    @Test
    void aPayableWhoseRunningBalanceNoLongerMatchesItsLinesIsShownToTheAuditor() throws Exception {
        String shop = SampleOrders.settledShop(ledger);
        String account = "SELLER_PAYABLE:" + shop;
        mvc.perform(get("/api/v1/ledger/accounts").with(auditor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.driftedBalances").isEmpty());

        try {
            jdbc.sql("UPDATE ledger_account_balance SET balance = balance + 1 WHERE account = ?").param(account).update();
            mvc.perform(get("/api/v1/ledger/accounts").with(auditor()))
                    .andExpect(jsonPath("$.driftedBalances[0]").value(account + " CNY: row -23529, lines -23530"));
            mvc.perform(get("/ledger").with(auditor()))
                    .andExpect(content().string(containsString(account + " CNY: row -23529, lines -23530")));
            jdbc.sql("DELETE FROM ledger_account_balance WHERE account = ?").param(account).update();
            mvc.perform(get("/api/v1/ledger/accounts").with(auditor()))
                    .andExpect(jsonPath("$.driftedBalances[0]").value(account + " CNY: row missing, lines -23530"));
        } finally {
            jdbc.sql("DELETE FROM ledger_account_balance WHERE account = ?").param(account).update();
            jdbc.sql("INSERT INTO ledger_account_balance (account, currency, balance) VALUES (?, 'CNY', -23530)")
                    .param(account).update();
        }
        mvc.perform(get("/api/v1/ledger/accounts").with(auditor())).andExpect(jsonPath("$.driftedBalances").isEmpty());
    }

    @Test
    void malformedAccountIsABadRequestAndAnUnusedOneIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/ledger/accounts/not an account/entries").with(auditor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("account"));
        mvc.perform(get("/api/v1/ledger/accounts/SELLER_PAYABLE:nobody/entries").with(auditor()))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAuditorsAndAdminsReadTheLedger() throws Exception {
        mvc.perform(get("/api/v1/ledger/accounts").with(authentication(new TestingAuthenticationToken(
                        new Caller("seller1", Set.of(Role.SELLER), null, "shop-1"), null, "ROLE_SELLER"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ledger/accounts").header("Authorization", "Bearer demo-marketplace-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/ledger/accounts")).andExpect(status().isUnauthorized());
    }

    @Test
    void reconciliationFlagsAPaidLegTheLedgerCouldNotPostAndExportsCsv() throws Exception {
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "uncaptured-" + ref, Currency.getInstance("CNY"), List.of(new RefundLeg("p-1", "psp-1", 900)));
        Waiting.until(() -> refunds.attempts(ref).get(0).status(), s -> s == RefundStatus.SUCCEEDED);

        mvc.perform(get("/api/v1/ledger/reconciliation").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.breaks[?(@.externalKey == '" + ref + "-1')].kind").value("NOT_POSTED"))
                .andExpect(jsonPath("$.breaks[?(@.externalKey == '" + ref + "-1')].pspAmount").value(900));
        mvc.perform(get("/api/v1/ledger/reconciliation.csv").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(startsWith("kind,externalKey,refundRef,orderId,attemptAmount,pspAmount,ledgerAmount")))
                .andExpect(content().string(containsString("NOT_POSTED," + ref + "-1," + ref + ",uncaptured-" + ref + ",900,900,,")));
    }
}
