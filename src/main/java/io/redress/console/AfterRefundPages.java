package io.redress.console;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseEvidence;
import io.redress.evidence.EvidenceKind;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.postrefund.NotAccepted;
import io.redress.postrefund.PostRefundRequest;
import io.redress.postrefund.PostRefundRequests;
import io.redress.postrefund.Receivable;
import io.redress.postrefund.Receivables;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * After a refund (docs/after-refund.md): the parties' page of a case (the buyer's reinstatement request, the seller's
 * appeal with grounds and evidence, the seller's answer to a reinstatement), the senior agents' queue of appeals and
 * their review, and the receivables page (the buyer pays or consents to offset, a senior agent writes off).
 */
@Controller
class AfterRefundPages {

    private final PostRefundRequests requests;
    private final Receivables receivables;
    private final CaseDesk desk;
    private final CaseEvidence evidence;
    private final Problems problems;
    private final MessageSource messages;

    AfterRefundPages(PostRefundRequests requests, Receivables receivables, CaseDesk desk, CaseEvidence evidence,
            Problems problems, MessageSource messages) {
        this.requests = requests;
        this.receivables = receivables;
        this.desk = desk;
        this.evidence = evidence;
        this.problems = problems;
        this.messages = messages;
    }

    /** A request with what the signed-in person may do on it. */
    record Shown(PostRefundRequest request, List<String> allowedActions) {
    }

    @GetMapping("/cases/{caseId}/after-refund")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String show(@PathVariable String caseId, Model model) {
        Caller caller = Caller.current();
        Case c = desk.find(caller, caseId).detail();
        String me = caller.has(Role.BUYER) && c.buyerId().equals(caller.buyerId()) ? "BUYER" : "SELLER";
        model.addAttribute("c", c);
        model.addAttribute("me", me);
        model.addAttribute("shown", requests.ofCase(caller, caseId).stream()
                .map(r -> new Shown(r, requests.allowedActions(caller, r))).toList());
        model.addAttribute("mine", evidence.list(caller, caseId).stream()
                .filter(e -> me.equals(e.uploaderRole())).toList());
        model.addAttribute("grounds", PostRefundRequest.Grounds.values());
        model.addAttribute("kinds", EvidenceKind.values());
        return "console/after-refund";
    }

    @PostMapping("/cases/{caseId}/after-refund/evidence")
    @PreAuthorize("hasAnyRole('SELLER')")
    String upload(@PathVariable String caseId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        attempt(redirect, () -> {
            EvidenceKind k = Arrays.stream(EvidenceKind.values()).filter(v -> v.name().equals(kind)).findFirst()
                    .orElseThrow(() -> new InvalidRequest("kind", "is not a kind of evidence"));
            try {
                return evidence.upload(caller, caseId, new CaseEvidence.Upload(k,
                        note == null || note.isBlank() ? null : note.strip(), file == null ? null : file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "uploaded");
        return "redirect:/cases/" + caseId + "/after-refund";
    }

    @PostMapping("/cases/{caseId}/after-refund/request")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String file(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        attempt(redirect, () -> requests.file(caller, caseId, new PostRefundRequests.Filing(
                value(PostRefundRequest.Kind.class, form.getFirst("kind")),
                value(PostRefundRequest.Grounds.class, form.getFirst("grounds")), form.getFirst("message"),
                form.getOrDefault("evidenceIds", List.of()), form.getFirst("addressRef"))), "filed");
        return "redirect:/cases/" + caseId + "/after-refund";
    }

    @PostMapping("/cases/{caseId}/after-refund/{requestId}/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String act(@PathVariable String caseId, @PathVariable String requestId, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Caller caller = Caller.current();
        attempt(redirect, () -> requests.act(caller, requestId, action, command(form)), "done");
        return "redirect:/cases/" + caseId + "/after-refund";
    }

    @GetMapping("/agent/appeals")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    String queue(Model model) {
        Caller caller = Caller.current();
        model.addAttribute("shown", requests.visibleTo(caller).stream()
                .map(r -> new Shown(r, requests.allowedActions(caller, r))).toList());
        return "console/appeals";
    }

    @GetMapping("/agent/appeals/{requestId}")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    String appeal(@PathVariable String requestId, Model model) {
        Caller caller = Caller.current();
        PostRefundRequest r = requests.find(caller, requestId);
        model.addAttribute("r", r);
        model.addAttribute("allowed", requests.allowedActions(caller, r));
        model.addAttribute("me", caller.name());
        model.addAttribute("outcomes", PostRefundRequest.Outcome.values());
        model.addAttribute("reasonCodes", io.redress.postrefund.NotAcceptedReason.values());
        return "console/appeal-review";
    }

    @PostMapping("/agent/appeals/{requestId}/review")
    @PreAuthorize("hasAnyRole('SENIOR_AGENT')")
    String review(@PathVariable String requestId, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        attempt(redirect, () -> requests.act(caller, requestId, PostRefundRequests.REVIEW, command(form)), "done");
        return "redirect:/agent/appeals/" + requestId;
    }

    @GetMapping("/receivables")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    String receivables(Model model) {
        Caller caller = Caller.current();
        model.addAttribute("owed", receivables.visibleTo(caller, null).stream()
                .map(r -> new Owed(r, Receivables.allowedActions(caller, r))).toList());
        return "console/receivables";
    }

    /** A receivable with what the signed-in person may do on it. */
    record Owed(Receivable receivable, List<String> allowedActions) {
    }

    @PostMapping("/receivables/{receivableId}/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'AGENT', 'SENIOR_AGENT')")
    String receivable(@PathVariable String receivableId, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Caller caller = Caller.current();
        attempt(redirect, () -> {
            String amount = form.getFirst("amount");
            return receivables.act(caller, receivableId, action, new Receivables.Command(version(form),
                    amount == null || amount.isBlank() ? null : fen(amount), form.getFirst("paymentRef"),
                    form.getFirst("reason")));
        }, "done");
        return "redirect:/receivables";
    }

    private PostRefundRequests.Command command(MultiValueMap<String, String> form) {
        String amount = form.getFirst("amount");
        return new PostRefundRequests.Command(version(form), form.getFirst("reasons"),
                value(PostRefundRequest.Status.class, form.getFirst("decision")),
                value(io.redress.postrefund.NotAcceptedReason.class, form.getFirst("reasonCode")),
                value(PostRefundRequest.Outcome.class, form.getFirst("outcome")),
                amount == null || amount.isBlank() ? null : fen(amount), "true".equals(form.getFirst("badFaith")),
                form.getFirst("finding"));
    }

    /** Runs a change; a refusal comes back on the page in its language, a NOT_ACCEPTED one with its §8.3 reason. */
    private void attempt(RedirectAttributes redirect, Supplier<Object> change, String flash) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            redirect.addFlashAttribute(flash, change.get());
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (NotAccepted refused) {
            redirect.addFlashAttribute("refused", messages.getMessage("postrefund.notAccepted." + refused.reason().name(),
                    null, refused.getMessage(), locale));
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, locale));
        }
    }

    private static long version(MultiValueMap<String, String> form) {
        try {
            return Long.parseLong(form.getFirst("version"));
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidRequest("version", "is required");
        }
    }

    private static long fen(String typed) {
        try {
            return YuanInput.fen(typed);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("amount", e.getMessage());
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidRequest(type.getSimpleName(), "unknown value " + name));
    }
}
