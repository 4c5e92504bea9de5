package io.redress.console;

import io.redress.aftersale.InterventionStatus;
import io.redress.identity.Caller;
import io.redress.intervention.DeclineReason;
import io.redress.intervention.FaultParty;
import io.redress.intervention.Interventions;
import io.redress.intervention.Notes;
import io.redress.intervention.QueueItem;
import io.redress.intervention.ReviewDecision;
import io.redress.intervention.RulingOutcome;
import io.redress.intervention.SuspensionGround;
import io.redress.shared.DomainProblem;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agents' workbench: the intervention queue (most urgent SLA first, at-risk rows marked), each agent's open
 * load, claim and release from the queue; the dossier of one dispute with the agent's forms and platform-only
 * notes; and the senior agent's review of an appeal. Everything goes through the intervention module's API.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
class AgentPages {

    static final int SHOWN = 50;
    private static final List<String> OPEN = Arrays.stream(InterventionStatus.values())
            .filter(s -> s.open() || s == InterventionStatus.SUPERVISOR_REVIEW)
            .map(Enum::name).toList();

    private final Interventions interventions;
    private final Problems problems;
    private final Notes notes;
    private final DisputeFiles files;
    private final DisputeActions actions;
    private final Clock clock;

    AgentPages(Interventions interventions, Notes notes, DisputeFiles files, DisputeActions actions, Clock clock,
            Problems problems) {
        this.interventions = interventions;
        this.notes = notes;
        this.files = files;
        this.actions = actions;
        this.clock = clock;
        this.problems = problems;
    }

    /** A queue row: the item, the time left on its SLA, the case version and what the caller may do from the row. */
    record Row(QueueItem item, Countdown countdown, long version, List<String> allowedActions) {
    }

    @GetMapping("/agent/disputes")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String assigned,
            Model model) {
        Caller caller = Caller.current();
        String onlyStatus = OPEN.contains(status) ? status : null;
        String holder = assigned == null || assigned.isBlank() ? null
                : "me".equals(assigned) ? caller.name() : assigned.strip();
        Instant now = clock.instant();
        List<Row> rows = interventions.queue(onlyStatus, holder, null, 0, SHOWN).stream().map(item -> {
            Interventions.Seen seen = interventions.find(caller, item.caseId());
            return new Row(item, item.slaDueAt() == null ? null : Countdown.until(item.slaDueAt(), now),
                    seen.detail().version(), seen.allowedActions());
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("loads", interventions.loads());
        model.addAttribute("statuses", OPEN);
        model.addAttribute("status", onlyStatus);
        model.addAttribute("assigned", assigned == null ? "" : assigned.strip());
        return "console/disputes";
    }

    @GetMapping("/agent/disputes/{caseId}")
    String dossier(@PathVariable String caseId, Model model) {
        fill(caseId, model);
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("outcomes", RulingOutcome.values());
        model.addAttribute("faultParties", FaultParty.values());
        model.addAttribute("grounds", SuspensionGround.values());
        model.addAttribute("loads", interventions.loads());
        return "console/dossier";
    }

    /** The senior agent's second review of an appeal; the senior who made the ruling is offered no review form. */
    @GetMapping("/agent/disputes/{caseId}/review")
    String review(@PathVariable String caseId, Model model) {
        fill(caseId, model);
        model.addAttribute("decisions", ReviewDecision.values());
        return "console/review";
    }

    @PostMapping("/agent/disputes/{caseId}/notes")
    String note(@PathVariable String caseId, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            notes.add(Caller.current(), caseId, text);
            redirect.addFlashAttribute("done", "note");
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return "redirect:/agent/disputes/" + caseId + "#notes";
    }

    @PostMapping("/agent/disputes/{caseId}/{action}")
    String act(@PathVariable String caseId, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        actions.run(caseId, action, form, redirect);
        String back = form.getFirst("back");
        return "queue".equals(back) ? "redirect:/agent/disputes"
                : "review".equals(back) ? "redirect:/agent/disputes/" + caseId + "/review"
                : "redirect:/agent/disputes/" + caseId;
    }

    private void fill(String caseId, Model model) {
        Caller caller = Caller.current();
        Interventions.Seen seen = interventions.find(caller, caseId);
        model.addAttribute("seen", seen);
        model.addAttribute("d", seen.dossier());
        model.addAttribute("me", caller.name());
        files.fill(model, caller, seen.detail());
        files.fillStaff(model, caller, seen.detail());
        model.addAttribute("now", clock.instant());
    }
}
