package io.redress.console;

import io.redress.advance.Advances;
import io.redress.advance.InstantRefundQuotas;
import io.redress.identity.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The buyer's instant-refund quota (docs/instant-refund.md): how much is left, why not, and what was advanced. */
@Controller
@PreAuthorize("hasRole('BUYER')")
class QuotaPage {

    private final InstantRefundQuotas quotas;
    private final Advances advances;

    QuotaPage(InstantRefundQuotas quotas, Advances advances) {
        this.quotas = quotas;
        this.advances = advances;
    }

    @GetMapping("/instant-refund")
    String quota(Model model) {
        String buyerId = Caller.current().buyerId();
        model.addAttribute("quota", quotas.of(buyerId));
        model.addAttribute("advances", advances.ofBuyer(buyerId));
        return "console/instant-refund";
    }
}
