package io.redress.audit.refunds;

import io.redress.decisions.RefundDecision;
import io.redress.orders.Payment;

/**
 * The decision against the money that moved: each instrument names its payment's PSP reference, the legs the PSP
 * paid add up to the instrument's amount (per payment, over the refund and its retries), and the ledger's refund
 * entry posted the decided cash and platform parts.
 */
final class MoneyCheck {

    private final RefundRecomputation r;
    private final RefundDecision d;
    private final RefundEvidence e;

    MoneyCheck(RefundRecomputation r) {
        this.r = r;
        this.d = r.decision();
        this.e = r.evidence();
    }

    void run() {
        for (RefundDecision.Instrument i : d.instruments()) {
            String psp = e.orderPayments().stream().filter(p -> p.paymentId().equals(i.paymentId()))
                    .map(Payment::pspReference).findFirst().orElse(null);
            if (!java.util.Objects.equals(psp, i.pspReference())) {
                r.differ("instrument:" + i.paymentId() + ".pspReference", psp, i.pspReference(),
                        "the PSP reference of the order's payment " + i.paymentId());
            }
            paid(i);
        }
        for (RefundEvidence.PaidLeg leg : e.legs()) {
            if (d.instruments().stream().noneMatch(i -> i.paymentId().equals(leg.paymentId()))) {
                r.differ("leg:" + leg.externalKey(), "no leg", leg.amount(), "payment " + leg.paymentId()
                        + " is not an instrument of the decision");
            }
        }
        ledger();
    }

    private void paid(RefundDecision.Instrument i) {
        long paid = 0;
        boolean open = false;
        for (RefundEvidence.PaidLeg leg : e.legs()) {
            if (!leg.paymentId().equals(i.paymentId())) {
                continue;
            }
            open |= leg.open();
            if (leg.succeeded()) {
                paid += leg.amount();
                if (!i.pspReference().equals(leg.pspReference())) {
                    r.differ("leg:" + leg.externalKey() + ".pspReference", i.pspReference(), leg.pspReference(),
                            "a leg pays the decision's instrument");
                }
            }
        }
        if (paid != i.amount() && !(open && paid < i.amount())) {
            r.differ("instrument:" + i.paymentId() + ".paid", i.amount(), paid,
                    "Σ succeeded legs of " + d.refundRef() + " and its retries to payment " + i.paymentId());
        }
    }

    private void ledger() {
        boolean moves = d.amount() != 0 || d.funders().platformSubsidy() != 0 || d.funders().platformPoints() != 0;
        RefundEvidence.Posted posted = e.posted();
        if (posted == null) {
            if (moves) {
                r.differ("ledger", "entry refund:" + d.refundRef(), "none", "every decision that moves money is posted");
            }
            return;
        }
        String why = "the ledger's entry refund:" + d.refundRef() + " posts the decision's funders";
        r.same("ledger.buyerCash", d.amount(), posted.buyerCash(), why + " (credit to the buyer's funds)");
        if (posted.fundersPending()) {
            return; // advanced by the platform and not borne yet: the funders are posted when the seller settles it
        }
        r.same("ledger.platformSubsidy", d.funders().platformSubsidy(), posted.platformSubsidy(),
                why + " (PLATFORM_SUBSIDY, debit positive)");
        r.same("ledger.platformPoints", d.funders().platformPoints(), posted.platformPoints(),
                why + " (POINTS_LIABILITY, debit positive)");
    }
}
