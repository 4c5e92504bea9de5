package io.redress.aftersale;

import io.redress.aftersale.internal.CaseReservations;
import io.redress.aftersale.internal.CaseTimeline;
import io.redress.amounts.AmountRules;
import io.redress.amounts.InvalidQuoteRequest;
import io.redress.amounts.QuoteRequest;
import io.redress.amounts.RefundQuote;
import io.redress.amounts.RefundQuotes;
import io.redress.amounts.RefundReason;
import io.redress.amounts.RefundType;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.OrderLocks;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.redress.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cases on buyers' applications: against the live refund quote and the policy's limits, reserving the
 * requested refund on the order in the same transaction, so that open cases together never exceed what was paid.
 */
@Service
public class CaseIntake {

    private final RefundQuotes quotes;
    private final Policies policies;
    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final CaseReservations reservations;
    private final OrderLocks orderLocks;
    private final CaseTimeline timeline;
    private final ObjectProvider<CaseAdvances> advances;
    private final Clock clock;

    CaseIntake(RefundQuotes quotes, Policies policies, Cases cases, CaseLifecycle lifecycle,
            CaseReservations reservations, OrderLocks orderLocks, CaseTimeline timeline,
            ObjectProvider<CaseAdvances> advances, Clock clock) {
        this.quotes = quotes;
        this.policies = policies;
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.reservations = reservations;
        this.orderLocks = orderLocks;
        this.timeline = timeline;
        this.advances = advances;
        this.clock = clock;
    }

    /** Opens the buyer's case (paid at once when the platform's instant refund applies); 404 for an order that is not theirs, 422 for what the rules do not allow. */
    @Transactional
    public Case open(Caller buyer, CaseApplication application, Locale locale) {
        String orderId = application.orderId();
        // From here on, applications to this order queue behind each other: the quote, the limits and the
        // reservation below all see every case opened before. The order is read once, under its lock, which goes
        // with that read: an order that does not exist is not found by it.
        if (!buyer.has(Role.BUYER)) {
            throw new ResourceNotFound("order", orderId);
        }
        orderLocks.lockWithNextStatement(orderId);
        Order order = quotes.order(orderId).filter(o -> o.buyerId().equals(buyer.buyerId()))
                .orElseThrow(() -> new ResourceNotFound("order", orderId));
        requireDistinctLines(application.lines());
        Instant now = clock.instant();
        // the case runs under the version in force now; its quote too, now and on every later re-quote
        Policy policy = policies.inForce(policies.defaultProfile(), now);
        RefundQuote quote = quote(order, application, policy.rules().amountRules(), locale);
        requireApplicationsLeft(order, application.lines(), policy.rules().limits().applications());
        long requested = requestedAmount(application, quote);

        List<OrderLine> covered = application.lines().stream().map(l -> order.line(l.lineId()).orElseThrow()).toList();
        Case opened = lifecycle.open(Case.requested("C-" + UUID.randomUUID(), orderId, order.buyerId(),
                order.shopId(), application.type(), application.reason(), goods(covered), category(covered),
                order.currency().getCurrencyCode(), requested, application.lines(), policy.profile(),
                policy.version(), now));
        if (application.type() != CaseType.EXCHANGE) {
            reservations.reserve(opened.caseId(), orderId, quote, requested);
        }
        timeline.record(opened.caseId(), new CaseEvent(opened.version(), now, Actor.BUYER, buyer.name(), "apply",
                null, opened.status(), opened.intervention(), application.description(), Map.of()));
        // a trusted buyer's unshipped refund-only request may be paid by the platform at once, in this transaction
        return advances.getIfAvailable(() -> CaseAdvances.NONE).offer(opened);
    }

    /** Why the quote refuses a line (lineId null: the whole request), as the 422 problem lists it. */
    public record IneligibleReason(String code, String lineId, String label) {
    }

    private RefundQuote quote(Order order, CaseApplication application, AmountRules rules, Locale locale) {
        return quote(order, application.type(), application.reason(), application.lines(), rules, locale);
    }

    /**
     * The live quote for these lines under the case's policy rules; 422 naming the field for lines the order lacks,
     * or when ineligible.
     */
    RefundQuote quote(Order order, CaseType type, CaseReason reason, List<CaseLine> lines, AmountRules rules,
            Locale locale) {
        List<QuoteRequest.Units> units = lines.stream().map(l -> new QuoteRequest.Units(l.lineId(), l.quantity()))
                .toList();
        RefundQuote quote;
        try {
            quote = quotes.quote(order, new QuoteRequest(RefundType.valueOf(type.name()),
                    RefundReason.valueOf(reason.name()), units), rules);
        } catch (InvalidQuoteRequest e) {
            throw new RuleViolation(e.field() + ": " + e.getMessage())
                    .with("errors", List.of(new InvalidField(e.field(), e.getMessage())));
        }
        if (!quote.eligible()) {
            throw new RuleViolation("the order lines are not eligible for this after-sale request")
                    .with("ineligibleReasons", quote.ineligibleReasons().stream()
                            .map(r -> new IneligibleReason(r.code().name(), r.lineId(), r.label(locale)))
                            .toList());
        }
        return quote;
    }

    private static void requireDistinctLines(List<CaseLine> lines) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).lineId())) {
                throw new InvalidRequest("lines[" + i + "].lineId", "names a line already listed");
            }
        }
    }

    /** Cancelled and closed cases count: the limit is on applications, not on open cases. */
    private void requireApplicationsLeft(Order order, List<CaseLine> lines, int allowed) {
        List<Case> earlier = cases.ofOrder(order.orderId());
        for (int i = 0; i < lines.size(); i++) {
            String lineId = lines.get(i).lineId();
            long made = earlier.stream().filter(c -> c.lines().stream().anyMatch(l -> l.lineId().equals(lineId))).count();
            if (made >= allowed) {
                String message = "line " + lineId + " already had " + made + " after-sale applications (at most "
                        + allowed + ")";
                throw new RuleViolation(message)
                        .with("errors", List.of(new InvalidField("lines[" + i + "].lineId", message)));
            }
        }
    }

    private static long requestedAmount(CaseApplication application, RefundQuote quote) {
        return requestedAmount(application.type(), application.requestedAmount(), quote);
    }

    /** The amount asked for: the most refundable when not given; nothing for an exchange. */
    static long requestedAmount(CaseType type, Long asked, RefundQuote quote) {
        if (type == CaseType.EXCHANGE) {
            if (asked != null && asked != 0) {
                throw amountRefused("an exchange sends a replacement and refunds nothing");
            }
            return 0;
        }
        // A refund case at 0 would end REFUNDED with nothing paid and use up the lines' applications.
        if (asked == null && quote.maxRefundable() == 0) {
            throw CaseDesk.refused("lines", "nothing is left to refund on these lines");
        }
        if (asked == null) {
            return quote.maxRefundable();
        }
        if (asked < 1) {
            throw amountRefused("must be at least 1 fen; an exchange is the request that refunds nothing");
        }
        if (asked > quote.maxRefundable()) {
            throw amountRefused("exceeds the most refundable now, " + quote.maxRefundable())
                    .with("code", "amount.above-quote").with("limit", quote.maxRefundable());
        }
        return asked;
    }

    private static RuleViolation amountRefused(String message) {
        return CaseDesk.refused("requestedAmount", message);
    }

    /** All covered lines unshipped, all signed for, or anything between (in transit). */
    private static GoodsStage goods(List<OrderLine> lines) {
        if (lines.stream().allMatch(l -> l.shippedAt() == null)) {
            return GoodsStage.UNSHIPPED;
        }
        return lines.stream().allMatch(l -> l.signedAt() != null) ? GoodsStage.RECEIVED : GoodsStage.IN_TRANSIT;
    }

    /** The policy category whose timer overrides apply: virtual goods have their own. */
    private static String category(List<OrderLine> lines) {
        return lines.stream().anyMatch(OrderLine::virtual) ? "virtual" : lines.get(0).category();
    }
}
