package io.redress.audit.internal;

import io.redress.aftersale.CaseTransitioned;
import io.redress.aftersale.Cases;
import io.redress.audit.AuditFact;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A case transition as an audit record: the action is the reason code, the party (buyer, seller, system, agent)
 * the role, the signed-in caller the actor, and the policy version the case runs under the rule version.
 */
@Component
class CaseFacts {

    private final Cases cases;

    CaseFacts(Cases cases) {
        this.cases = cases;
    }

    AuditFact transitioned(CaseTransitioned e) {
        String ruleVersion = cases.find(e.caseId()).map(c -> c.policyProfile() + ":" + c.policyVersion()).orElse(null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", e.to().name());
        after.put("version", e.version());
        if (e.intervention() != null) {
            after.put("intervention", e.intervention().name());
        }
        if (e.closeReason() != null) {
            after.put("closeReason", e.closeReason().name());
        }
        return AuditFact.of("case.transitioned", "case:" + e.caseId(), e)
                .withStates(Map.of("status", e.from().name(), "version", e.version() - 1), after, ruleVersion)
                .withActor(null, e.actor().name())
                .withReason(e.action().name(), null);
    }
}
