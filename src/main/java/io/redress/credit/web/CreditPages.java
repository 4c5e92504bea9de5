package io.redress.credit.web;

import io.redress.advance.InstantRefundQuotas;
import io.redress.credit.CreditInputs;
import io.redress.credit.CreditKind;
import io.redress.credit.Party;
import io.redress.credit.Penalties;
import io.redress.credit.Penalty;
import io.redress.credit.PenaltyKind;
import io.redress.credit.Privilege;
import io.redress.credit.Privileges;
import io.redress.credit.Standing;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.ReviewDecision;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's trust pages: a buyer's "my standing" and a shop's performance page (reasons, privileges and why,
 * penalties with the appeal form); the agents' list of parties with recent inputs and appeals awaiting review, and
 * one party's page to read its inputs, issue and revoke penalties and, for senior agents, decide appeals. Every
 * action goes through {@link Penalties}, so the rules are the API's; what they refuse is shown on the page.
 */
@Controller
class CreditPages {

    /** A penalty on a page: the penalty, its status now and what the viewer may do. */
    record Shown(Penalty penalty, Penalty.Status status, List<String> actions) {
    }

    /** A shop's service figures over the window. */
    record Performance(int refusals, int overturned, Integer overturnRate, int timerBreaches, int complaints,
            int disputes) {

        static Performance of(Standing s) {
            int refusals = s.counted().getOrDefault(CreditKind.SELLER_REFUSAL, 0);
            int overturned = s.counted().getOrDefault(CreditKind.REFUSAL_OVERTURNED, 0);
            return new Performance(refusals, overturned, refusals == 0 ? null : Math.round(overturned * 100f / refusals),
                    s.counted().getOrDefault(CreditKind.TIMER_BREACH, 0),
                    s.counted().getOrDefault(CreditKind.COMPLAINT_RECEIVED, 0),
                    s.counted().getOrDefault(CreditKind.DISPUTE, 0));
        }
    }

    /** A party in the agents' list. */
    record Listed(Party party, Standing standing) {
    }

    private final CreditInputs inputs;
    private final Penalties penalties;
    private final Privileges privileges;
    private final InstantRefundQuotas quotas;
    private final MessageSource messages;
    private final Clock clock;

    CreditPages(CreditInputs inputs, Penalties penalties, Privileges privileges, InstantRefundQuotas quotas,
            MessageSource messages, Clock clock) {
        this.inputs = inputs;
        this.penalties = penalties;
        this.privileges = privileges;
        this.quotas = quotas;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/standing")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String mine(Model model) {
        Caller caller = Caller.current();
        Party party = caller.has(Role.BUYER) && caller.buyerId() != null ? Party.buyer(caller.buyerId())
                : Party.shop(caller.shopId() == null ? "(none)" : caller.shopId());
        fill(model, caller, party);
        return "credit/standing";
    }

    @PostMapping("/standing/penalties/{penaltyId}/appeal")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String appeal(@PathVariable String penaltyId, @RequestParam(required = false) String message,
            @RequestParam(required = false) String evidenceIds, RedirectAttributes redirect) {
        Caller caller = Caller.current();
        run(redirect, "appeal", () -> penalties.appeal(caller, penaltyId, message, ids(evidenceIds)));
        return "redirect:/standing";
    }

    @GetMapping("/agent/credit")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    String parties(Model model) {
        Caller caller = Caller.current();
        model.addAttribute("parties", inputs.recentParties(30).stream().map(p -> new Listed(p, inputs.standing(p))).toList());
        model.addAttribute("appeals", shown(caller, penalties.visibleTo(caller, null, true)));
        return "credit/parties";
    }

    @GetMapping("/agent/credit/find")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    String find(@RequestParam String type, @RequestParam String id) {
        Party party = Party.ofPath(type, id.strip());
        return "redirect:/agent/credit/" + path(party);
    }

    @GetMapping("/agent/credit/{partyType}/{partyId}")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    String party(@PathVariable String partyType, @PathVariable String partyId, Model model) {
        Caller caller = Caller.current();
        Party party = Party.ofPath(partyType, partyId);
        fill(model, caller, party);
        model.addAttribute("inputs", inputs.inputs(party));
        model.addAttribute("kinds", PenaltyKind.values());
        model.addAttribute("privilegeChoices", Arrays.stream(Privilege.values()).filter(p -> p.of() == party.type()).toList());
        model.addAttribute("decisions", ReviewDecision.values());
        model.addAttribute("window", Duration.ofDays(90));
        return "credit/party";
    }

    @PostMapping("/agent/credit/{partyType}/{partyId}/penalties")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    String issue(@PathVariable String partyType, @PathVariable String partyId, @RequestParam String kind,
            @RequestParam(required = false) String privilege, @RequestParam(required = false) Long fineAmount,
            @RequestParam(required = false) String reasonCode, @RequestParam(required = false) String reasons,
            @RequestParam(required = false) String caseIds, @RequestParam(required = false) Integer days,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        Party party = Party.ofPath(partyType, partyId);
        run(redirect, "issue", () -> {
            if (reasonCode == null || reasonCode.isBlank()) {
                throw new InvalidRequest("reasonCode", "is required");
            }
            if (reasons == null || reasons.isBlank()) {
                throw new InvalidRequest("reasons", "is required");
            }
            penalties.issue(caller, new Penalties.Issue(party, PenaltyKind.valueOf(kind),
                    privilege == null || privilege.isBlank() ? null : Privilege.valueOf(privilege), fineAmount,
                    reasonCode.strip(), reasons, List.of(), ids(caseIds), days == null ? null : Duration.ofDays(days)));
        });
        return "redirect:/agent/credit/" + path(party);
    }

    @PostMapping("/agent/credit/penalties/{penaltyId}/{action}")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    String act(@PathVariable String penaltyId, @PathVariable String action,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String decision,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        Penalty penalty = penalties.find(caller, penaltyId);
        if (action.equals(Penalties.REVOKE)) {
            run(redirect, action, () -> penalties.revoke(caller, penaltyId, reason));
        } else if (action.equals(Penalties.REVIEW) && caller.has(Role.SENIOR_AGENT)) {
            run(redirect, action, () -> penalties.review(caller, penaltyId,
                    decision == null || decision.isBlank() ? null : ReviewDecision.valueOf(decision), reason));
        } else {
            throw new ResourceNotFound("penalty action", action);
        }
        return "redirect:/agent/credit/" + path(penalty.party());
    }

    private void fill(Model model, Caller caller, Party party) {
        Standing standing = inputs.standing(party);
        model.addAttribute("party", party);
        model.addAttribute("standing", standing);
        model.addAttribute("privileges", privileges.of(party));
        model.addAttribute("performance", Performance.of(standing));
        model.addAttribute("quota", party.type() == Party.Type.BUYER ? quotas.of(party.id()) : null);
        model.addAttribute("penalties", shown(caller, penalties.visibleTo(caller, party, false)));
    }

    private List<Shown> shown(Caller caller, List<Penalty> list) {
        Instant now = clock.instant();
        return list.stream().map(p -> new Shown(p, p.status(now), penalties.allowedActions(caller, p))).toList();
    }

    private void run(RedirectAttributes redirect, String action, Runnable step) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            step.run();
            redirect.addFlashAttribute("done", action);
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", refused.properties().containsKey("allowedActions")
                    ? messages.getMessage("credit.refused.notAllowed", null, locale) : refused.getMessage());
        } catch (IllegalArgumentException unknown) {
            redirect.addFlashAttribute("refused", messages.getMessage("credit.refused.invalid", null, locale));
        }
    }

    static String path(Party party) {
        return party.type().name().toLowerCase(Locale.ROOT) + "/" + party.id();
    }

    private static List<String> ids(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
