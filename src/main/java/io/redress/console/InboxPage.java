package io.redress.console;

import io.redress.aftersale.CaseInbox;
import io.redress.identity.Caller;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's inbox: what awaits the signed-in party, soonest due first, with the time left. */
@Controller
@PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
class InboxPage {

    private final CaseInbox inbox;
    private final Clock clock;

    InboxPage(CaseInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    /** One awaited thing with the time left (null: no deadline). */
    record Shown(CaseInbox.Item item, Countdown countdown) {
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("items", inbox.of(Caller.current()).stream()
                .map(i -> new Shown(i, i.dueAt() == null ? null : Countdown.until(i.dueAt(), clock.instant())))
                .toList());
        return "console/inbox";
    }
}
