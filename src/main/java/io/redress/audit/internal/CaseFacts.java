package io.redress.audit.internal;

import io.redress.aftersale.CaseTransitioned;
import io.redress.aftersale.Cases;
import io.redress.audit.AuditFact;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A case transition as an audit record: the action is the reason code, the party (buyer, seller, system, agent)
 * the role, the signed-in caller the actor, and the policy version the case runs under the rule version. A case
 * never changes its policy version, so the version is remembered from the case's opening (or its first read) for the
 * last {@value #REMEMBERED} cases: a transition then costs the trail no read of the case.
 */
@Component
class CaseFacts {

    static final int REMEMBERED = 10_000;

    private final Cases cases;
    private final Map<String, String> ruleVersions = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    CaseFacts(Cases cases) {
        this.cases = cases;
    }

    void opened(String caseId, String ruleVersion) {
        ruleVersions.put(caseId, ruleVersion);
    }

    AuditFact transitioned(CaseTransitioned e) {
        String ruleVersion = ruleVersions.get(e.caseId());
        if (ruleVersion == null) {
            ruleVersion = cases.find(e.caseId()).map(c -> c.policyProfile() + ":" + c.policyVersion()).orElse(null);
            if (ruleVersion != null) {
                ruleVersions.put(e.caseId(), ruleVersion);
            }
        }
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
