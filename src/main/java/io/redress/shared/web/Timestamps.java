package io.redress.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Timestamps in request bodies: ISO-8601 strings with an offset, in years 1 to 9999. Epoch numbers are refused
 * (seconds or milliseconds? the contract does not guess), and so are years no database column can hold, which
 * would otherwise pass the API and fail at persistence or in date arithmetic.
 */
final class Timestamps {

    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    private Timestamps() {
    }

    static SimpleModule module() {
        return new SimpleModule("redress-timestamps")
                .addDeserializer(OffsetDateTime.class, new Strict<>(OffsetDateTime.class, t -> t))
                .addDeserializer(Instant.class, new Strict<>(Instant.class, OffsetDateTime::toInstant))
                .addDeserializer(Duration.class, new StrictDuration());
    }

    private static final class StrictDuration extends StdDeserializer<Duration> {

        StrictDuration() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
            }
            String text = p.getString().trim();
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                return (Duration) ctxt.handleWeirdStringValue(Duration.class, text, "not an ISO-8601 duration");
            }
        }
    }

    private static final class Strict<T> extends StdDeserializer<T> {

        private final Function<OffsetDateTime, T> convert;

        Strict(Class<T> type, Function<OffsetDateTime, T> convert) {
            super(type);
            this.convert = convert;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getString().trim();
            OffsetDateTime parsed;
            try {
                parsed = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "not an ISO-8601 timestamp with offset");
            }
            if (parsed.getYear() < FIRST_YEAR || parsed.getYear() > LAST_YEAR) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "outside the years 1 to 9999");
            }
            return convert.apply(parsed);
        }
    }
}
