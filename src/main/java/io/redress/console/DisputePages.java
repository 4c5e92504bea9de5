package io.redress.console;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseEvidence;
import io.redress.evidence.Evidence;
import io.redress.evidence.EvidenceKind;
import io.redress.evidence.EvidenceStore;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.Interventions;
import io.redress.intervention.SuspensionGround;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The parties' side of a dispute: where it stands and what the party must do now (upload evidence with the size and
 * format rules shown, a statement kept as a draft and then submitted, one extension, the mediation proposal, an
 * appeal with new evidence), and the evidence files themselves for the pages that show them inline.
 */
@Controller
class DisputePages {

    private final Interventions interventions;
    private final Problems problems;
    private final CaseDesk desk;
    private final CaseEvidence evidence;
    private final EvidenceStore rules;
    private final DisputeFiles files;
    private final DisputeActions actions;
    private final Clock clock;

    DisputePages(Interventions interventions, CaseDesk desk, CaseEvidence evidence, EvidenceStore rules,
            DisputeFiles files, DisputeActions actions, Clock clock, Problems problems) {
        this.problems = problems;
        this.interventions = interventions;
        this.desk = desk;
        this.evidence = evidence;
        this.rules = rules;
        this.files = files;
        this.actions = actions;
        this.clock = clock;
    }

    /** What a kind of evidence may be: its largest size and its formats. */
    record KindRule(EvidenceKind kind, long maxSize, List<String> contentTypes) {
    }

    @GetMapping("/cases/{caseId}/dispute")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String show(@PathVariable String caseId, Model model) {
        Caller caller = Caller.current();
        Case c = desk.find(caller, caseId).detail();
        files.fill(model, caller, c);
        Interventions.Seen seen = null;
        try {
            seen = interventions.find(caller, caseId);
        } catch (ResourceNotFound noDispute) {
            // the case exists and is the caller's: it has no dispute (yet)
        }
        Actor me = seen != null ? seen.actor() : caller.has(Role.BUYER) && c.buyerId().equals(caller.buyerId())
                ? Actor.BUYER : Actor.SELLER;
        Instant now = clock.instant();
        model.addAttribute("seen", seen);
        model.addAttribute("d", seen == null ? null : seen.dossier());
        model.addAttribute("me", me.name());
        model.addAttribute("own", seen == null ? null : seen.dossier().party(me).orElse(null));
        // the other side's submission once made, never its draft
        model.addAttribute("theirs", seen == null ? null : seen.dossier().parties().stream()
                .filter(p -> p.party() != me && p.submittedAt() != null).findFirst().orElse(null));
        model.addAttribute("myRequests", seen == null ? List.of()
                : seen.dossier().requests().stream().filter(r -> r.party() == me && r.open(now)).toList());
        List<Evidence> mine = ((List<?>) model.getAttribute("evidence")).stream().map(Evidence.class::cast)
                .filter(e -> me.name().equals(e.uploaderRole())).toList();
        model.addAttribute("mine", mine);
        Instant ruledAt = seen == null || seen.dossier().ruling() == null ? null : seen.dossier().ruling().ruledAt();
        model.addAttribute("newSinceRuling", ruledAt == null ? List.of()
                : mine.stream().filter(e -> e.createdAt().isAfter(ruledAt)).toList());
        model.addAttribute("kinds", Arrays.stream(EvidenceKind.values())
                .map(k -> new KindRule(k, rules.maxSize(k), rules.contentTypes(k))).toList());
        model.addAttribute("grounds", SuspensionGround.values());
        model.addAttribute("now", now);
        return "console/dispute";
    }

    /** A party's upload: stored write-once with its SHA-256; size and format refusals come back on the page. */
    @PostMapping("/cases/{caseId}/dispute/evidence")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String upload(@PathVariable String caseId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        try {
            EvidenceKind k = Arrays.stream(EvidenceKind.values()).filter(v -> v.name().equals(kind)).findFirst()
                    .orElse(null);
            if (kind != null && !kind.isBlank() && k == null) {
                desk.find(caller, caseId);
                throw new InvalidRequest("kind", "is not a kind of evidence");
            }
            Evidence stored = evidence.upload(caller, caseId, new CaseEvidence.Upload(k,
                    note == null || note.isBlank() ? null : note.strip(), file == null ? null : file.getBytes()));
            redirect.addFlashAttribute("uploaded", stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return "redirect:/cases/" + caseId + "/dispute#evidence";
    }

    @PostMapping("/cases/{caseId}/dispute/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    String act(@PathVariable String caseId, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        actions.run(caseId, action, form, redirect);
        return "redirect:/cases/" + caseId + "/dispute";
    }

    /** A piece of evidence shown inline, under the evidence API's visibility (platform uploads stay with staff). */
    @GetMapping("/cases/{caseId}/dispute/evidence/{evidenceId}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    ResponseEntity<byte[]> file(@PathVariable String caseId, @PathVariable String evidenceId) {
        CaseEvidence.Download download = evidence.download(Caller.current(), evidenceId);
        if (!download.evidence().caseId().equals(caseId)) {
            throw new ResourceNotFound("evidence", evidenceId);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.evidence().contentType()))
                .header("Content-Disposition", ContentDisposition.inline().filename(evidenceId).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(download.content());
    }
}
