package io.redress.console;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseEvidence;
import io.redress.aftersale.CaseRulings;
import io.redress.amounts.RefundQuote;
import io.redress.evidence.Evidence;
import io.redress.identity.Caller;
import io.redress.intervention.Interventions;
import io.redress.intervention.Notes;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.shared.DomainProblem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the dispute pages show of one case, each part through its module's API under the caller's rights: the
 * order, both parties' claims (their messages on the timeline), the evidence files side by side, the timeline,
 * and for platform staff the live quote that bounds a ruling and the platform-only notes.
 */
@Component
class DisputeFiles {

    private final CaseDesk desk;
    private final CaseEvidence evidence;
    private final CaseRulings rulings;
    private final Orders orders;
    private final Notes notes;

    DisputeFiles(CaseDesk desk, CaseEvidence evidence, CaseRulings rulings, Orders orders, Notes notes) {
        this.desk = desk;
        this.evidence = evidence;
        this.rulings = rulings;
        this.orders = orders;
        this.notes = notes;
    }

    /** The case's parts every page shows, for a caller who may see the case (404 otherwise). */
    void fill(Model model, Caller caller, Case c) {
        Order order = orders.find(c.orderId()).orElse(null);
        List<CaseEvent> timeline = desk.timeline(caller, c.caseId());
        List<Evidence> files = evidence.list(caller, c.caseId());
        model.addAttribute("c", c);
        model.addAttribute("order", order);
        model.addAttribute("timeline", timeline);
        model.addAttribute("buyerClaims", claims(timeline, Actor.BUYER));
        model.addAttribute("sellerClaims", claims(timeline, Actor.SELLER));
        model.addAttribute("evidence", files);
        Map<String, List<Evidence>> bySide = files.stream().collect(Collectors.groupingBy(DisputeFiles::side));
        model.addAttribute("buyerEvidence", bySide.getOrDefault("BUYER", List.of()));
        model.addAttribute("sellerEvidence", bySide.getOrDefault("SELLER", List.of()));
        model.addAttribute("platformEvidence", bySide.getOrDefault("PLATFORM", List.of()));
    }

    /** The parts only platform staff see: notes, and the live quote a ruling or a settlement may not exceed. */
    void fillStaff(Model model, Caller caller, Case c) {
        model.addAttribute("notes", notes.of(caller, c.caseId()));
        model.addAttribute("liveMaximum", rulings.liveMaximum(c));
        RefundQuote quote = null;
        try {
            quote = rulings.liveQuote(c);
        } catch (DomainProblem notQuotable) {
            // every unit the case covers is held by the case itself: the maximum is what it holds
        }
        model.addAttribute("quote", quote);
    }

    private static List<CaseEvent> claims(List<CaseEvent> timeline, Actor party) {
        return timeline.stream().filter(e -> e.actor() == party && e.message() != null && !e.message().isBlank())
                .toList();
    }

    private static String side(Evidence e) {
        return "BUYER".equals(e.uploaderRole()) || "SELLER".equals(e.uploaderRole()) ? e.uploaderRole() : "PLATFORM";
    }
}
