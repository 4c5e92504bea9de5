package io.redress.console;

import io.redress.aftersale.CaseEvidence;
import io.redress.aftersale.CaseMessages;
import io.redress.evidence.Evidence;
import io.redress.evidence.EvidenceKind;
import io.redress.identity.Caller;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parties' evidence and messages on the case page: several files uploaded at once (each checked by the same
 * rules as the API), images shown inline, and the message thread's send form.
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
class CaseFiles {

    private final CaseEvidence evidence;
    private final CaseMessages messages;
    private final Problems problems;

    CaseFiles(CaseEvidence evidence, CaseMessages messages, Problems problems) {
        this.evidence = evidence;
        this.messages = messages;
        this.problems = problems;
    }

    /** Uploads each file; the first refused stops the rest and is told on the page with the files kept so far. */
    @PostMapping("/cases/{caseId}/evidence")
    String upload(@PathVariable String caseId, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String note, Locale locale,
            RedirectAttributes redirect) throws IOException {
        try {
            EvidenceKind chosen = Arrays.stream(EvidenceKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                    .orElseThrow(() -> new InvalidRequest("kind", "is required"));
            List<MultipartFile> chosenFiles = files == null ? List.of()
                    : files.stream().filter(f -> !f.isEmpty()).toList();
            if (chosenFiles.isEmpty()) {
                throw new InvalidRequest("file", "is required");
            }
            for (MultipartFile file : chosenFiles) {
                evidence.upload(Caller.current(), caseId, new CaseEvidence.Upload(chosen,
                        note == null || note.isBlank() ? null : note.strip(), file.getBytes()));
            }
            redirect.addFlashAttribute("done", "evidence");
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, locale));
        }
        return "redirect:/cases/" + caseId + "#evidence";
    }

    /** A file shown on the case page (images inline), under the same visibility as the API's download. */
    @GetMapping("/cases/{caseId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> file(@PathVariable String caseId, @PathVariable String evidenceId) {
        CaseEvidence.Download download = evidence.download(Caller.current(), evidenceId);
        Evidence e = download.evidence();
        if (!e.caseId().equals(caseId)) {
            throw new ResourceNotFound("evidence", evidenceId);
        }
        String disposition = e.contentType().startsWith("image/") ? "inline" : "attachment";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition + "; filename=\"" + e.evidenceId() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .body(download.content());
    }

    /** Sends a message with the ticked evidence of the sender. */
    @PostMapping("/cases/{caseId}/messages")
    String write(@PathVariable String caseId, @RequestParam(required = false) String text,
            @RequestParam(name = "cite", required = false) List<String> cite, Locale locale,
            RedirectAttributes redirect) {
        try {
            messages.write(Caller.current(), caseId, new CaseMessages.Draft(text, cite));
            redirect.addFlashAttribute("done", "message");
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, locale));
            redirect.addFlashAttribute("draft", text);
        }
        return "redirect:/cases/" + caseId + "#messages";
    }
}
