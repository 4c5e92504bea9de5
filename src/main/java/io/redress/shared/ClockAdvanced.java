package io.redress.shared;

import java.time.Instant;

/** The development clock jumped forward; whatever fell due in between (deadlines, retries) should act now. */
public record ClockAdvanced(Instant from, Instant to) {
}
