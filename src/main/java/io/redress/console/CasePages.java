package io.redress.console;

import io.redress.aftersale.CaseCommand;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseEvidence;
import io.redress.aftersale.CaseMessages;
import io.redress.aftersale.CaseOverview;
import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseRefunds;
import io.redress.aftersale.InterventionStatus;
import io.redress.dossier.CaseRoutes;
import io.redress.dossier.Routes;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.evidence.Evidence;
import io.redress.evidence.EvidenceKind;
import io.redress.evidence.EvidenceStore;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After-sale cases in the console: the buyer's cases, the seller's queue (most urgent deadline first), and the
 * case page with its status, who must act by when, the timeline and the caller's allowed actions as forms.
 * Platform agents read the page of a case in dispute, without the parties' actions.
 */
@Controller
class CasePages {

    static final int SHOWN = 50;

    private final CaseDesk desk;
    private final Orders orders;
    private final CaseRefunds refunds;
    private final Clock clock;
    private final CaseMessages messages;
    private final CaseEvidence evidence;
    private final EvidenceStore store;
    private final Problems problems;
    private final Routes routes;

    CasePages(CaseDesk desk, Orders orders, CaseRefunds refunds, Clock clock, CaseMessages messages,
            CaseEvidence evidence, EvidenceStore store, Problems problems, Routes routes) {
        this.desk = desk;
        this.orders = orders;
        this.refunds = refunds;
        this.clock = clock;
        this.messages = messages;
        this.evidence = evidence;
        this.store = store;
        this.problems = problems;
        this.routes = routes;
    }

    @GetMapping("/cases")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String list(Model model) {
        Caller caller = Caller.current();
        List<CaseOverview> cases = desk.list(caller, null, null, 0, SHOWN).items();
        model.addAttribute("cases", cases.stream().map(this::shown).toList());
        model.addAttribute("seller", !caller.has(Role.BUYER));
        return "console/cases";
    }

    /** Parties see their case; platform agents see, read-only, a case the platform was asked to step into. */
    @GetMapping("/cases/{caseId}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    String show(@PathVariable String caseId, Model model) {
        Caller caller = Caller.current();
        CaseOverview overview = desk.find(caller, caseId);
        boolean party = caller.has(Role.BUYER) && overview.detail().buyerId().equals(caller.buyerId())
                || caller.has(Role.SELLER) && overview.detail().shopId().equals(caller.shopId());
        if (!party && overview.detail().intervention() == InterventionStatus.NONE) {
            throw new ResourceNotFound("case", caseId);
        }
        model.addAttribute("party", party);
        model.addAttribute("shown", shown(party ? overview
                : new CaseOverview(overview.detail(), overview.deadline(), List.of(), overview.attention())));
        model.addAttribute("timeline", desk.timeline(caller, caseId));
        Order order = orders.find(overview.detail().orderId()).orElse(null);
        model.addAttribute("order", order);
        // the same legs as GET /api/v1/cases/{id}/refunds: the first payout and every retry of refused legs
        model.addAttribute("money", CaseMoney.of(overview.detail(), order, refunds.of(caller, caseId)));
        model.addAttribute("reasons", CaseReason.values());
        model.addAttribute("messages", messages.list(caller, caseId));
        List<Evidence> files = evidence.list(caller, caseId);
        model.addAttribute("evidence", files);
        String role = caller.has(Role.BUYER) ? "BUYER" : "SELLER";
        model.addAttribute("ownEvidence", files.stream().filter(e -> e.uploaderRole().equals(role)).toList());
        model.addAttribute("evidenceRules", store.rules());
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        // what the party can do now, on the platform and off it (the dossier is downloaded by parties and agents)
        model.addAttribute("routes", party ? routes.of(caller, caseId).routes().stream()
                .map(r -> new RouteShown(r, r.closesAt() == null ? null : Countdown.until(r.closesAt(), clock.instant())))
                .toList() : null);
        return "console/case";
    }

    /** Where the escalate button leads: the state of the request to the platform and what happens next. */
    @GetMapping("/cases/{caseId}/intervention")
    String intervention(@PathVariable String caseId, Model model) {
        Caller caller = Caller.current();
        CaseOverview overview = desk.find(caller, caseId);
        model.addAttribute("shown", shown(overview));
        model.addAttribute("escalations", desk.timeline(caller, caseId).stream()
                .filter(e -> e.action().equals("escalate")).toList());
        return "console/intervention";
    }

    /** A party action from the case page; what the rules refuse comes back as a message on the page. */
    @PostMapping("/cases/{caseId}/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String act(@PathVariable String caseId, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Locale locale,
            RedirectAttributes redirect) throws IOException {
        Map<String, String> form = params.toSingleValueMap();
        try {
            // files attached to a refusal or an appeal are uploaded first and cited with the evidence ticked
            form = withEvidence(caseId, form, params.get("cite"), files);
            // the command is read here so that an unreadable field is told on the page like any other refusal
            CaseCommand command;
            try {
                command = command(action, form);
            } catch (InvalidRequest invalid) {
                desk.find(Caller.current(), caseId); // a case the caller may not see is 404 whatever the form says
                throw invalid;
            }
            desk.act(Caller.current(), caseId, command, locale);
            redirect.addFlashAttribute("done", action);
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, locale));
        }
        if ("queue".equals(form.get("back"))) {
            return "redirect:/cases";
        }
        // asking the platform to step in leads to the dispute's own page: its status and what the party must do
        boolean escalated = "escalate".equals(action) && !redirect.getFlashAttributes().containsKey("refused");
        return escalated ? "redirect:/cases/" + caseId + "/dispute" : "redirect:/cases/" + caseId;
    }

    private Map<String, String> withEvidence(String caseId, Map<String, String> form, List<String> cited,
            List<MultipartFile> files) throws IOException {
        List<String> ids = new ArrayList<>(cited == null ? List.of() : cited);
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                EvidenceKind kind = file.getContentType() != null && file.getContentType().startsWith("video/")
                        ? EvidenceKind.VIDEO : EvidenceKind.PHOTO;
                ids.add(evidence.upload(Caller.current(), caseId,
                        new CaseEvidence.Upload(kind, form.get("message"), file.getBytes())).evidenceId());
            }
        }
        if (ids.isEmpty()) {
            return form;
        }
        Map<String, String> withIds = new LinkedHashMap<>(form);
        String typed = form.getOrDefault("evidenceIds", "");
        withIds.put("evidenceIds", (typed.isBlank() ? "" : typed + ",") + String.join(",", ids));
        return withIds;
    }

    private CasesShown shown(CaseOverview overview) {
        return new CasesShown(overview, overview.deadline() == null ? null
                : Countdown.until(overview.deadline().dueAt(), clock.instant()));
    }

    /** Only the fields the form filled in (a blank field is one the party left out), within the API's limits. */
    static CaseCommand command(String action, Map<String, String> form) {
        String evidence = filled(form, "evidenceIds", 2000);
        List<String> evidenceIds = evidence == null ? null
                : Arrays.stream(evidence.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        if (evidenceIds != null && (evidenceIds.size() > 20 || evidenceIds.stream().anyMatch(id -> id.length() > 64))) {
            throw new InvalidRequest("evidenceIds", "at most 20 evidence ids of at most 64 characters");
        }
        String reason = filled(form, "reason", 64);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", number(form, "version"));
        fields.put("amount", fen(form, "amount"));
        fields.put("returnAddress", filled(form, "returnAddress", 500));
        fields.put("reasonCode", filled(form, "reasonCode", 64));
        fields.put("message", filled(form, "message", 2000));
        fields.put("evidenceIds", evidenceIds);
        fields.put("requestedAmount", fen(form, "requestedAmount"));
        fields.put("reason", reason == null ? null : Arrays.stream(CaseReason.values())
                .filter(r -> r.name().equals(reason)).findFirst()
                .orElseThrow(() -> new InvalidRequest("reason", "is not a reason")));
        fields.put("description", filled(form, "description", 2000));
        fields.put("carrier", filled(form, "carrier", 64));
        fields.put("trackingNo", filled(form, "trackingNo", 64));
        return CaseCommand.of(action, fields);
    }

    private static String filled(Map<String, String> form, String name, int max) {
        String value = form.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidRequest(name, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    private static Long number(Map<String, String> form, String name) {
        String value = filled(form, name, 19);
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name, "is not a number");
        }
    }

    private static Long fen(Map<String, String> form, String name) {
        String value = filled(form, name, 32);
        try {
            return value == null ? null : YuanInput.fen(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name, e.getMessage());
        }
    }

    /** A route of the party's panel, with the time left until it closes (null: no deadline). */
    record RouteShown(CaseRoutes.Route route, Countdown countdown) {
    }

    /** A case in a list or on its page, with the time left on its running deadline (null: none). */
    record CasesShown(CaseOverview overview, Countdown countdown) {
    }
}
