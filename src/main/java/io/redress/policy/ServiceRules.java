package io.redress.policy;

import java.time.Duration;

/**
 * The after-sales team's own service levels under a policy version: a complaint is acknowledged within
 * {@code complaintAcknowledgeWithin} (calendar time) and resolved within {@code complaintResolveWorkingDays} working
 * days of filing; {@code qaSamplePercent} of each agent's rulings are re-reviewed by a senior agent (0 to 100). A
 * version stored before these existed reads with {@link #DEFAULTS}.
 */
public record ServiceRules(Duration complaintAcknowledgeWithin, Integer complaintResolveWorkingDays, Integer qaSamplePercent) {

    /** 24 hours to acknowledge, 7 working days to resolve, one ruling in ten re-reviewed. */
    public static final ServiceRules DEFAULTS = new ServiceRules(Duration.ofHours(24), 7, 10);

    /** What a change leaves out (null) is kept from {@code base}. */
    public ServiceRules over(ServiceRules base) {
        return new ServiceRules(complaintAcknowledgeWithin != null ? complaintAcknowledgeWithin : base.complaintAcknowledgeWithin,
                complaintResolveWorkingDays != null ? complaintResolveWorkingDays : base.complaintResolveWorkingDays,
                qaSamplePercent != null ? qaSamplePercent : base.qaSamplePercent);
    }

    /** The field that is out of range, or null when every field is set and in range. */
    public String invalidField() {
        if (complaintAcknowledgeWithin == null || complaintAcknowledgeWithin.isNegative() || complaintAcknowledgeWithin.isZero()
                || complaintAcknowledgeWithin.compareTo(Duration.ofDays(30)) > 0) {
            return "service.complaintAcknowledgeWithin";
        }
        if (complaintResolveWorkingDays == null || complaintResolveWorkingDays < 1 || complaintResolveWorkingDays > 60) {
            return "service.complaintResolveWorkingDays";
        }
        if (qaSamplePercent == null || qaSamplePercent < 0 || qaSamplePercent > 100) {
            return "service.qaSamplePercent";
        }
        return null;
    }
}
