package io.redress.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import io.redress.audit.refunds.Finding;
import io.redress.audit.refunds.RefundEvidence;
import io.redress.audit.refunds.RefundRecomputation;
import io.redress.decisions.Decide;
import io.redress.decisions.RefundDecision;
import io.redress.ledger.Account;
import io.redress.ledger.JournalEntry;
import io.redress.ledger.Postings;
import io.redress.ledger.RefundFunding;
import io.redress.orders.Order;
import io.redress.orders.RefundSplit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refund audit over generated orders and their histories of partial refunds, each piece requested at a random
 * amount, agreed at the requested or a lower amount, reserved and kept down as a case does, paid leg by leg and
 * posted: it finds nothing; and one planted difference (a cent moved between instruments or lines, a leg paid
 * short, a posting changed, a PSP reference swapped) is found under the part it names.
 */
class RefundAuditProperties {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One decided piece with what the audit reads of it. */
    record Piece(RefundEvidence evidence) {
    }

    @Test
    void theAuditFindsNothingInHonestRefundHistories() {
        Tries.forAll(2000, RefundAmountProperties::refunding, given -> {
            for (Piece piece : pieces(given)) {
                List<Finding> findings = RefundRecomputation.check(piece.evidence(), JSON);
                assertThat(findings).as("%s", piece.evidence().decision()).isEmpty();
            }
        });
    }

    @Test
    void theAuditFindsAPlantedDifferenceAndNamesThePart() {
        Tries.forAll(2000, RefundAmountProperties::refunding, given -> {
            Random plant = new Random(given.seed() ^ 0x7a3b);
            for (Piece piece : pieces(given)) {
                Planted planted = Planted.in(piece.evidence(), plant);
                if (planted == null) {
                    continue;
                }
                assertThat(RefundRecomputation.check(planted.evidence(), JSON)).as(planted.part())
                        .anySatisfy(f -> assertThat(f.part()).isEqualTo(planted.part()));
            }
        });
    }

    /** Every piece of the generated history, decided the way a case decides it. */
    private static List<Piece> pieces(RefundAmountProperties.Refunding given) {
        Random r = new Random(given.seed() * 17 + 3);
        List<Piece> pieces = new ArrayList<>();
        RefundAmountProperties.refundPieceByPiece(given, (current, quote) -> {
            long requested = r.nextBoolean() ? quote.maxRefundable() : Draw.between(r, 0L, quote.maxRefundable());
            Long agreed = r.nextBoolean() ? null : (Long) Draw.between(r, 0L, requested);
            RefundSplit held = quote.split(requested);
            RefundSplit kept = agreed == null ? held : held.scaledTo(agreed);
            Order reserved = Refunds.book(current, quote, true);
            RefundDecision d = RefundDecision.of(new Decide("C-" + pieces.size(), "C-" + pieces.size(), reserved, kept,
                    "taobao", 1, JSON.writeValueAsString(quote), "SELLER", "AGREE", null), "RD-" + pieces.size(), NOW);
            Map<String, Integer> lines = new LinkedHashMap<>();
            quote.lines().stream().filter(l -> l.quantity() > 0).forEach(l -> lines.put(l.lineId(), l.quantity()));
            List<RefundEvidence.PaidLeg> legs = new ArrayList<>();
            for (RefundDecision.Instrument i : d.paying()) {
                legs.add(new RefundEvidence.PaidLeg(d.refundRef() + "-" + (legs.size() + 1), i.paymentId(),
                        i.pspReference(), i.amount(), true, false));
            }
            RefundEvidence.Posted posted = null;
            if (!RefundFunding.movesNothing(d)) {
                JournalEntry entry = Postings.refund(d.refundRef(), RefundFunding.of(d), r.nextBoolean(),
                        Draw.between(r, 0L, 10_000_000L));
                posted = new RefundEvidence.Posted(-entry.amountFor(Account.buyerFunds(d.buyerId())),
                        entry.amountFor(Account.PLATFORM_SUBSIDY), entry.amountFor(Account.POINTS_LIABILITY));
            }
            pieces.add(new Piece(new RefundEvidence(d, new RefundEvidence.CaseRequest(lines, requested, agreed,
                    "taobao", 1), true, current.payments(), legs, posted)));
        });
        return pieces;
    }

    /** Evidence with one difference planted, and the part the audit must name. */
    record Planted(RefundEvidence evidence, String part) {

        static Planted in(RefundEvidence e, Random r) {
            RefundDecision d = e.decision();
            switch (r.nextInt(4)) {
                case 0 -> {
                    if (d.paying().size() < 1 || d.instruments().size() < 2) {
                        return null;
                    }
                    // a cent moved from one instrument to another: still adds up, no longer the split
                    List<RefundDecision.Instrument> moved = new ArrayList<>(d.instruments());
                    int from = moved.indexOf(d.paying().get(0));
                    int to = from == 0 ? 1 : 0;
                    moved.set(from, new RefundDecision.Instrument(moved.get(from).paymentId(),
                            moved.get(from).pspReference(), moved.get(from).amount() - 1));
                    moved.set(to, new RefundDecision.Instrument(moved.get(to).paymentId(),
                            moved.get(to).pspReference(), moved.get(to).amount() + 1));
                    return new Planted(with(e, copy(d, d.lines(), moved)),
                            "instrument:" + moved.get(from).paymentId() + ".amount");
                }
                case 1 -> {
                    if (e.legs().isEmpty()) {
                        return null;
                    }
                    List<RefundEvidence.PaidLeg> legs = new ArrayList<>(e.legs());
                    RefundEvidence.PaidLeg leg = legs.get(0);
                    legs.set(0, new RefundEvidence.PaidLeg(leg.externalKey(), leg.paymentId(), leg.pspReference(),
                            leg.amount() - 1, true, false));
                    return new Planted(new RefundEvidence(d, e.request(), true, e.orderPayments(), legs, e.posted()),
                            "instrument:" + leg.paymentId() + ".paid");
                }
                case 2 -> {
                    if (e.posted() == null) {
                        return null;
                    }
                    RefundEvidence.Posted p = e.posted();
                    return new Planted(new RefundEvidence(d, e.request(), true, e.orderPayments(), e.legs(),
                            new RefundEvidence.Posted(p.buyerCash(), p.platformSubsidy() + 1, p.platformPoints())),
                            "ledger.platformSubsidy");
                }
                default -> {
                    List<RefundDecision.Line> lines = d.lines();
                    int a = -1;
                    int b = -1;
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).amount() > 0 && a < 0) {
                            a = i;
                        } else if (b < 0) {
                            b = i;
                        }
                    }
                    if (a < 0 || b < 0) {
                        return null;
                    }
                    List<RefundDecision.Line> moved = new ArrayList<>(lines);
                    RefundDecision.Line la = lines.get(a);
                    RefundDecision.Line lb = lines.get(b);
                    moved.set(a, new RefundDecision.Line(la.lineId(), la.quantity(), la.amount() - 1,
                            la.platformSubsidy(), la.platformPoints()));
                    moved.set(b, new RefundDecision.Line(lb.lineId(), lb.quantity(), lb.amount() + 1,
                            lb.platformSubsidy(), lb.platformPoints()));
                    return new Planted(with(e, copy(d, moved, d.instruments())), "line:" + la.lineId() + ".amount");
                }
            }
        }

        private static RefundEvidence with(RefundEvidence e, RefundDecision d) {
            return new RefundEvidence(d, e.request(), e.policyKnown(), e.orderPayments(), e.legs(), e.posted());
        }

        private static RefundDecision copy(RefundDecision d, List<RefundDecision.Line> lines,
                List<RefundDecision.Instrument> instruments) {
            return new RefundDecision(d.decisionId(), d.refundRef(), d.caseId(), d.orderId(), d.buyerId(), d.shopId(),
                    d.currency(), d.amount(), lines, d.shippingAmount(), instruments, d.funders(), d.policyProfile(),
                    d.policyVersion(), d.quote(), d.actor(), d.action(), d.reason(), d.decidedAt());
        }
    }
}
