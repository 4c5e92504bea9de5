package io.redress.postrefund;

import io.redress.advance.Advance;
import io.redress.advance.Advances;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.ledger.Ledger;
import io.redress.orders.OrderLocks;
import io.redress.postrefund.Receivable.Status;
import io.redress.postrefund.internal.ReceivableRows;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receivables against buyers after upheld seller appeals, opened by the review, and for platform advances a ruling
 * found the buyer must repay, opened when the advance is being recovered; paid by the buyer (or a payment an agent
 * records), consented to offset by the buyer, written off by a senior agent with a reason. Each step books its ledger
 * entry and publishes its fact in the step's transaction; none reverses a refund. The advance's own receivable entry is
 * the ledger's ({@code advance-recovered:}); paying it in full or writing it off reports back to {@link Advances}, in
 * the same transaction, so the advance ends RECOVERED or WRITTEN_OFF once.
 */
@Service
public class Receivables {

    public static final String PAY = "pay";
    public static final String CONSENT_OFFSET = "consent-offset";
    public static final String WRITE_OFF = "write-off";
    static final Set<String> ACTIONS = Set.of(PAY, CONSENT_OFFSET, WRITE_OFF);

    /** An action's fields: {@code version}; to pay, {@code paymentRef} and an {@code amount} (default: all owed); to write off, a {@code reason}. */
    public record Command(long version, Long amount, String paymentRef, String reason) {
    }

    private final ReceivableRows rows;
    private final Ledger ledger;
    private final OrderLocks orderLocks;
    private final Advances advances;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Receivables(ReceivableRows rows, Ledger ledger, OrderLocks orderLocks, Advances advances,
            ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.ledger = ledger;
        this.orderLocks = orderLocks;
        this.advances = advances;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the receivable of an upheld appeal and books it (in the review's transaction). */
    Receivable open(PostRefundRequest appeal, long amount, String reviewer, Instant now) {
        Receivable r = new Receivable("RC-" + UUID.randomUUID(), appeal.requestId(), appeal.caseId(), appeal.orderId(),
                appeal.buyerId(), appeal.shopId(), appeal.currency(), amount, 0, 0, 0, Status.OPEN, null, null, null, 1,
                now, now);
        rows.insert(r);
        ledger.post(AfterRefundPostings.opened(r));
        publish(r, "open", amount, reviewer, null, now);
        return r;
    }

    /**
     * Opens the buyer's receivable for a platform advance being recovered, once per case (a redelivered report finds
     * it and changes nothing). Books nothing: the ledger already holds the advance as the buyer's receivable.
     */
    @Transactional
    public Receivable openForAdvance(Advance advance, String reason) {
        orderLocks.lock(advance.orderId());
        return rows.ofAdvance(advance.caseId()).orElseGet(() -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Receivable r = new Receivable("RC-" + UUID.randomUUID(), null, advance.caseId(), advance.orderId(),
                    advance.buyerId(), advance.shopId(), advance.currency(), advance.amount(), 0, 0, 0, Status.OPEN,
                    null, null, null, 1, now, now);
            rows.insert(r);
            publish(r, "open", r.amount(), "SYSTEM", reason, now);
            return r;
        });
    }

    /**
     * Receivables the caller may see: a buyer its own, seller staff its shop's, staff any; {@code party} narrows to
     * {@code buyer:<id>} or {@code shop:<id>} (a party may name only itself).
     */
    @Transactional(readOnly = true)
    public List<Receivable> visibleTo(Caller caller, String party) {
        String buyerId = null;
        String shopId = null;
        if (party != null && !party.isBlank()) {
            String[] parts = party.split(":", 2);
            if (parts.length != 2 || parts[1].isBlank() || !(parts[0].equals("buyer") || parts[0].equals("shop"))) {
                throw new InvalidRequest("party", "must be buyer:<buyerId> or shop:<shopId>");
            }
            buyerId = parts[0].equals("buyer") ? parts[1] : null;
            shopId = parts[0].equals("shop") ? parts[1] : null;
        }
        if (!PostRefundRequests.staff(caller)) {
            boolean buyer = caller.has(Role.BUYER);
            String own = buyer ? caller.buyerId() : caller.shopId();
            String named = buyer ? buyerId : shopId;
            if ((named != null && !named.equals(own)) || (buyer ? shopId : buyerId) != null) {
                return List.of();
            }
            return buyer ? rows.list(own == null ? "" : own, null)
                    : rows.list(null, own == null ? "" : own).stream().filter(r -> !r.fromAdvance()).toList();
        }
        return rows.list(buyerId, shopId);
    }

    @Transactional(readOnly = true)
    public Receivable find(Caller caller, String receivableId) {
        return rows.find(receivableId).filter(r -> sees(caller, r))
                .orElseThrow(() -> new ResourceNotFound("receivable", receivableId));
    }

    /**
     * Applies {@code action}: 404 for a receivable the caller may not see or an unknown action, 409 with
     * {@code allowedActions} for a stale version or an action not allowed now, 400/422 for fields.
     */
    @Transactional
    public Receivable act(Caller caller, String receivableId, String action, Command command) {
        if (!ACTIONS.contains(action)) {
            throw new ResourceNotFound("receivable action", action);
        }
        Receivable seen = find(caller, receivableId);
        orderLocks.lock(seen.orderId());
        Receivable current = rows.find(receivableId).orElseThrow();
        List<String> allowed = allowedActions(caller, current);
        if (current.version() != command.version()) {
            throw new ConflictingState("the receivable changed since version " + command.version() + "; it is at "
                    + current.version()).with("allowedActions", allowed).with("receivable", current);
        }
        if (!allowed.contains(action)) {
            throw new ConflictingState("you may not " + action + " a receivable that is " + current.status())
                    .with("allowedActions", allowed);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Receivable changed;
        switch (action) {
            case PAY -> {
                changed = pay(caller, current, command, now);
            }
            case CONSENT_OFFSET -> {
                changed = with(current, current.paid(), current.writtenOff(), current.status(), now, null, null, now);
                publish(changed, action, 0, caller.name(), "the buyer consents to offsetting against later refunds",
                        now);
            }
            default -> {
                if (command.reason() == null || command.reason().isBlank()) {
                    throw new InvalidRequest("reason", "a write-off says why");
                }
                long outstanding = current.outstanding();
                changed = with(current, current.paid(), current.writtenOff() + outstanding, Status.WRITTEN_OFF,
                        current.offsetConsentAt(), command.reason().strip(), caller.name(), now);
                ledger.post(AfterRefundPostings.writtenOff(current, outstanding));
                if (current.fromAdvance()) {
                    advances.recoveryWrittenOff(current.caseId(), Role.SENIOR_AGENT.name(), changed.writeOffReason());
                }
                publish(changed, action, outstanding, caller.name(), changed.writeOffReason(), now);
            }
        }
        if (!rows.update(changed, current.version())) {
            throw new ConflictingState("the receivable changed meanwhile; read it again");
        }
        return changed;
    }

    private Receivable pay(Caller caller, Receivable current, Command command, Instant now) {
        if (command.paymentRef() == null || command.paymentRef().isBlank()) {
            throw new InvalidRequest("paymentRef", "names the payment (the PSP's reference of the buyer's payment)");
        }
        String paymentRef = command.paymentRef().strip();
        long amount = command.amount() == null ? current.outstanding() : command.amount();
        if (amount < 1 || amount > current.outstanding()) {
            throw PostRefundRequests.refused("amount", "must be between 1 and " + current.outstanding()
                    + ", what is still owed");
        }
        if (rows.paymentRecorded(current.receivableId(), paymentRef)) {
            throw PostRefundRequests.refused("paymentRef", "this payment is recorded already");
        }
        int no = rows.payment(current.receivableId(), amount, paymentRef, caller.name(), now);
        long paid = current.paid() + amount;
        Status status = paid + current.offset() + current.writtenOff() == current.amount() ? Status.SETTLED
                : Status.OPEN;
        Receivable changed = with(current, paid, current.writtenOff(), status, current.offsetConsentAt(), null, null,
                now);
        ledger.post(AfterRefundPostings.paid(current, no, amount, paymentRef));
        if (status == Status.SETTLED && current.fromAdvance()) {
            advances.recovered(current.caseId(), caller.has(Role.BUYER) ? Role.BUYER.name()
                    : caller.has(Role.SENIOR_AGENT) ? Role.SENIOR_AGENT.name() : Role.AGENT.name());
        }
        publish(changed, PAY, amount, caller.name(), paymentRef, now);
        return changed;
    }

    /** The actions the caller may take on the receivable now. */
    public static List<String> allowedActions(Caller caller, Receivable r) {
        List<String> actions = new ArrayList<>();
        if (r.status() != Status.OPEN) {
            return actions;
        }
        boolean buyer = caller.has(Role.BUYER) && r.buyerId().equals(caller.buyerId());
        if (buyer || caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT)) {
            actions.add(PAY);
        }
        if (buyer && !r.consentedToOffset()) {
            actions.add(CONSENT_OFFSET);
        }
        if (caller.has(Role.SENIOR_AGENT)) {
            actions.add(WRITE_OFF);
        }
        return actions;
    }

    private void publish(Receivable r, String action, long amount, String actor, String note, Instant now) {
        events.publishEvent(new PostRefundEvent.ReceivableChanged(r.receivableId(), r.requestId(), r.caseId(),
                r.buyerId(), action, amount, r.outstanding(), r.status(), actor, note, now));
    }

    private static Receivable with(Receivable r, long paid, long writtenOff, Status status, Instant consentAt,
            String writeOffReason, String writtenOffBy, Instant now) {
        return new Receivable(r.receivableId(), r.requestId(), r.caseId(), r.orderId(), r.buyerId(), r.shopId(),
                r.currency(), r.amount(), paid, r.offset(), writtenOff, status, consentAt,
                writeOffReason == null ? r.writeOffReason() : writeOffReason,
                writtenOffBy == null ? r.writtenOffBy() : writtenOffBy, r.version() + 1, r.openedAt(), now);
    }

    private static boolean sees(Caller caller, Receivable r) {
        return PostRefundRequests.staff(caller) || (caller.has(Role.BUYER) && r.buyerId().equals(caller.buyerId()))
                || (caller.has(Role.SELLER) && r.shopId().equals(caller.shopId()) && !r.fromAdvance());
    }
}
