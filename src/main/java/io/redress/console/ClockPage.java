package io.redress.console;

import io.redress.shared.DevelopmentClock;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The development clock in the console: what time the application thinks it is, and letting time pass. */
@Controller
@RequestMapping("/admin/clock")
@PreAuthorize("hasRole('ADMIN')")
class ClockPage {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClockPage(Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("now", SECONDS.format(OffsetDateTime.now(clock)));
        model.addAttribute("movable", clock instanceof DevelopmentClock);
        model.addAttribute("offset", clock instanceof DevelopmentClock movable ? movable.offset().toString() : "PT0S");
        return "console/clock";
    }

    // Listeners of ClockAdvanced run synchronously: what fell due has acted when the page comes back.
    @PostMapping("/advance")
    String advance(@RequestParam String duration, RedirectAttributes redirect) {
        Duration by = parse(duration);
        if (clock instanceof DevelopmentClock movable && by != null) {
            events.publishEvent(movable.advance(by));
            redirect.addFlashAttribute("advancedBy", by.toString());
        } else {
            redirect.addFlashAttribute("invalid", duration);
        }
        return "redirect:/admin/clock";
    }

    private static Duration parse(String text) {
        try {
            Duration duration = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            return duration.isNegative() || duration.isZero() ? null : duration;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
