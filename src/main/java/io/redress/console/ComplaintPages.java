package io.redress.console;

import io.redress.aftersale.CaseEvidence;
import io.redress.aftersale.CaseDesk;
import io.redress.complaints.Complaint;
import io.redress.complaints.Complaints;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Complaints in the console: a party files one from a case page and follows theirs ("my complaints", with the SLA
 * due times); agents work the complaint queue, breached (escalated) first, and acknowledge or resolve from it.
 * Everything goes through the complaints module's API.
 */
@Controller
class ComplaintPages {

    /** Breached first, then open before resolved, then the step due soonest. */
    static final Comparator<Complaint> QUEUE = Comparator.comparing((Complaint c) -> !c.escalated())
            .thenComparing(c -> !c.open()).thenComparing(ComplaintPages::nextDue);

    private final Complaints complaints;
    private final CaseDesk desk;
    private final CaseEvidence evidence;
    private final Problems problems;
    private final Clock clock;

    ComplaintPages(Complaints complaints, CaseDesk desk, CaseEvidence evidence, Problems problems, Clock clock) {
        this.complaints = complaints;
        this.desk = desk;
        this.evidence = evidence;
        this.problems = problems;
        this.clock = clock;
    }

    /** A complaint in a list, with the time left on the step it waits for (null once resolved). */
    record Row(Complaint complaint, Countdown countdown, List<String> allowedActions) {
    }

    @GetMapping("/cases/{caseId}/complaint")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String form(@PathVariable String caseId, Model model) {
        Caller caller = Caller.current();
        model.addAttribute("c", desk.find(caller, caseId).detail());
        model.addAttribute("evidence", evidence.list(caller, caseId));
        model.addAttribute("against", caller.has(Role.BUYER) ? Complaint.Against.values()
                : new Complaint.Against[] {Complaint.Against.PLATFORM});
        model.addAttribute("categories", Complaint.Category.values());
        return "console/complaint-new";
    }

    @PostMapping("/cases/{caseId}/complaint")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String file(@PathVariable String caseId, @RequestParam(required = false) String against,
            @RequestParam(required = false) String category, @RequestParam(required = false) String message,
            @RequestParam(name = "cite", required = false) List<String> cited, Locale locale, RedirectAttributes redirect) {
        try {
            Complaint filed = complaints.file(Caller.current(), new Complaints.Filing(caseId,
                    choice(Complaint.Against.class, "against", against), choice(Complaint.Category.class, "category", category),
                    text("message", message), cited == null ? List.of() : List.copyOf(cited)));
            redirect.addFlashAttribute("filed", filed.complaintId());
            return "redirect:/complaints";
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, locale));
            return "redirect:/cases/" + caseId + "/complaint";
        }
    }

    @GetMapping("/complaints")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String mine(Model model) {
        model.addAttribute("rows", rows(Caller.current(), false));
        return "console/complaints";
    }

    @GetMapping("/agent/complaints")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    String queue(@RequestParam(defaultValue = "false") boolean escalated, Model model) {
        model.addAttribute("rows", rows(Caller.current(), escalated));
        model.addAttribute("escalated", escalated);
        model.addAttribute("findings", Complaint.Finding.values());
        return "console/complaint-queue";
    }

    @PostMapping("/agent/complaints/{complaintId}/{action}")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    String act(@PathVariable String complaintId, @PathVariable String action, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String finding, @RequestParam(required = false) String note, Locale locale,
            RedirectAttributes redirect) {
        try {
            if (!action.equals("acknowledge") && !action.equals("resolve")) {
                throw new ResourceNotFound("complaint action", action);
            }
            if (version == null) {
                throw new InvalidRequest("version", "is required");
            }
            complaints.act(Caller.current(), complaintId, action, version,
                    action.equals("resolve") ? choice(Complaint.Finding.class, "finding", finding) : null, note);
            redirect.addFlashAttribute("done", action);
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, locale));
        }
        return "redirect:/agent/complaints";
    }

    private List<Row> rows(Caller caller, boolean escalatedOnly) {
        Instant now = clock.instant();
        return complaints.visibleTo(caller, escalatedOnly).stream().sorted(QUEUE)
                .map(c -> new Row(c, c.open() ? Countdown.until(nextDue(c), now) : null, Complaints.allowed(caller, c)))
                .toList();
    }

    /** The due time of the step the complaint waits for: acknowledgement while FILED, else resolution. */
    private static Instant nextDue(Complaint c) {
        return c.status() == Complaint.Status.FILED ? c.acknowledgeDue() : c.resolveDue();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new InvalidRequest(field, "is not one of the choices");
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > 2000) {
            throw new InvalidRequest(field, "must be 1 to 2000 characters");
        }
        return value;
    }
}
