package io.redress.simulation;

import io.redress.policy.Policies;
import io.redress.policy.PolicyRules;
import io.redress.policy.PublicationGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Refuses to publish a version whose latest simulation (a finished run whose candidate had exactly these rules)
 * breached a legal bound, unless an admin gives a reason, which is recorded ({@link PolicyOverridden}).
 */
@Component
class SimulationGuard implements PublicationGuard {

    private final SimulationRuns runs;
    private final ApplicationEventPublisher events;

    SimulationGuard(SimulationRuns runs, ApplicationEventPublisher events) {
        this.runs = runs;
        this.events = events;
    }

    @Override
    public void check(String profile, PolicyRules candidate, String overrideReason, String publishedBy) {
        runs.latestFor(candidate).filter(run -> run.legalBreaches() != null && run.legalBreaches() > 0).ifPresent(run -> {
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new Policies.PolicyRejected("simulation " + run.runId() + " of this version against "
                        + run.baseline() + " breached " + run.legalBreaches() + " legal bound(s); publish it only with an"
                        + " overrideReason");
            }
            events.publishEvent(new PolicyOverridden(profile, run.runId(), run.legalBreaches(), overrideReason, publishedBy));
        });
    }
}
