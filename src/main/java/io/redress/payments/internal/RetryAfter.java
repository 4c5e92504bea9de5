package io.redress.payments.internal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The PSP's {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds or an HTTP date. Bounded to
 * {@link #LONGEST}, so a PSP that answers with a year does not stop payouts for a year; an unreadable value
 * counts as unsaid.
 */
final class RetryAfter {

    /** The pause taken after a 429 that did not say how long to wait. */
    static final Duration UNSAID = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(5);

    private RetryAfter() {
    }

    static Optional<Duration> of(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> parse(value, Instant.now()));
    }

    static Optional<Duration> parse(String value, Instant now) {
        String v = value.strip();
        Duration wait;
        if (!v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
            wait = v.length() > 9 ? LONGEST : Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return Optional.of(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
