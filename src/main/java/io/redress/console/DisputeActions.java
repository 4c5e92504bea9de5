package io.redress.console;

import io.redress.identity.Caller;
import io.redress.intervention.InterventionCommand;
import io.redress.intervention.Interventions;
import io.redress.shared.DomainProblem;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a dispute form through the intervention API ({@link Interventions#act}) for the agents' and the parties'
 * pages alike: what the rules refuse comes back as a message on the page; a dispute the caller may not see stays
 * 404 whatever the form says.
 */
@Component
class DisputeActions {

    private final Interventions interventions;
    private final Problems problems;
    private final ZoneId zone;

    DisputeActions(Interventions interventions, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone, Problems problems) {
        this.interventions = interventions;
        this.zone = zone;
        this.problems = problems;
    }

    /** Applies the action; flashes {@code done} or {@code refused}. */
    void run(String caseId, String action, MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Caller caller = Caller.current();
        try {
            InterventionCommand command;
            try {
                command = DisputeForm.command(action, form, zone);
            } catch (InvalidRequest | ResourceNotFound unreadable) {
                interventions.find(caller, caseId);
                throw unreadable;
            }
            interventions.act(caller, caseId, command);
            redirect.addFlashAttribute("done", action);
        } catch (ResourceNotFound notFound) {
            throw notFound;
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", problems.text(refused, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
    }
}
