package io.redress.simulation;

import java.time.Instant;

/** A simulation asked for through the API: its state and, once DONE, its report. */
public record SimulationRun(String runId, Status status, String baseline, String candidate, Integer legalBreaches,
        String error, String requestedBy, Instant requestedAt, Instant finishedAt, SimulationReport report) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }
}
