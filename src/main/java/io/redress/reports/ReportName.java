package io.redress.reports;

import java.util.Arrays;
import java.util.Optional;

/** The reports there are, by the name in their path ({@code /api/v1/reports/time-to-money}). */
public enum ReportName {
    TIME_TO_MONEY("time-to-money"),
    TIME_TO_CLOSE("time-to-close"),
    RESOLUTION("resolution"),
    SLA_BREACHES("sla-breaches"),
    REFUND_RATE("refund-rate"),
    REFUNDED_MONEY("refunded-money");

    private final String path;

    ReportName(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<ReportName> ofPath(String path) {
        return Arrays.stream(values()).filter(n -> n.path.equals(path)).findFirst();
    }
}
