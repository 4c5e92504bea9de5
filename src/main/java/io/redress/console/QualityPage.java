package io.redress.console;

import io.redress.identity.Caller;
import io.redress.quality.QaSample;
import io.redress.quality.Quality;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.util.ArrayList;
import java.util.Collections;
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
 * Service quality in the console: the sampled rulings waiting for a senior agent's re-review (with the review form
 * where the caller may review), the latest reviews, and each agent's measures. Admins and auditors read it.
 */
@Controller
@PreAuthorize("hasAnyRole('SENIOR_AGENT', 'ADMIN', 'AUDITOR')")
class QualityPage {

    private static final int REVIEWED_SHOWN = 20;

    private final Quality quality;
    private final Problems problems;

    QualityPage(Quality quality, Problems problems) {
        this.quality = quality;
        this.problems = problems;
    }

    /** A sample in the list, with whether the caller may review it here. */
    record Row(QaSample sample, boolean reviewable) {
    }

    @GetMapping("/quality")
    String page(Model model) {
        Caller caller = Caller.current();
        model.addAttribute("pending", quality.samples(QaSample.Status.PENDING).stream()
                .map(s -> new Row(s, Quality.allowed(caller, s).contains("review"))).toList());
        List<QaSample> reviewed = quality.samples(QaSample.Status.REVIEWED);
        List<QaSample> latest = new ArrayList<>(reviewed.subList(Math.max(0, reviewed.size() - REVIEWED_SHOWN), reviewed.size()));
        Collections.reverse(latest);
        model.addAttribute("reviewed", latest);
        model.addAttribute("agents", quality.agents());
        model.addAttribute("verdicts", QaSample.Verdict.values());
        return "console/quality";
    }

    @PostMapping("/quality/samples/{sampleId}/review")
    @PreAuthorize("hasRole('SENIOR_AGENT')")
    String review(@PathVariable String sampleId, @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String reasons, Locale locale, RedirectAttributes redirect) {
        try {
            QaSample.Verdict chosen = "AGREE".equals(verdict) ? QaSample.Verdict.AGREE
                    : "DISAGREE".equals(verdict) ? QaSample.Verdict.DISAGREE : null;
            if (chosen == null) {
                throw new InvalidRequest("verdict", "is required");
            }
            quality.review(Caller.current(), sampleId, chosen, reasons);
            redirect.addFlashAttribute("done", sampleId);
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, locale));
        }
        return "redirect:/quality";
    }
}
