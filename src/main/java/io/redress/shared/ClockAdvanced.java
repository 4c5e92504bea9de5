package io.redress.shared;

import java.time.Instant;

/**
 * The development clock jumped forward; whatever fell due in between (deadlines, retries) should act now.
 * Published synchronously, usually outside a transaction: listen with {@code @EventListener}, not with a
 * transactional or asynchronous listener, so that due work is done before the admin call returns.
 */
public record ClockAdvanced(Instant from, Instant to) {
}
