package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

@RedressIntegrationTest
class JsonConfigurationIntegrationTest {

    @Autowired
    JsonMapper json;

    record Stamped(Instant at, OffsetDateTime local, Duration window) {
    }

    @Test
    void instantsAndDurationsAreWrittenAsIsoStrings() {
        Instant at = Instant.parse("2026-11-11T04:00:00Z");
        String written = json.writeValueAsString(
                new Stamped(at, at.atOffset(ZoneOffset.ofHours(8)), Duration.ofDays(7)));
        assertThat(written).isEqualTo(
                "{\"at\":\"2026-11-11T04:00:00Z\",\"local\":\"2026-11-11T12:00:00+08:00\",\"window\":\"PT168H\"}");
    }

    record Named(String name) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5.5", "true"})
    void aNumberOrBooleanIsNotAString(String value) {
        assertThatThrownBy(() -> json.readValue("{\"name\":" + value + "}", Named.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1700000000", "1700000000.5", "\"\"", "\"2026-11-11T04:00:00\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00+18:00\"", "\"+10000-01-01T00:00:00Z\"",
            "\"0000-12-31T23:59:59Z\""})
    void timestampsAreIsoStringsWithOffsetInYearsOneTo9999(String value) {
        assertThatThrownBy(() -> json.readValue("{\"at\":" + value + "}", Stamped.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> json.readValue("{\"local\":" + value + "}", Stamped.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void timestampsAtTheEdgesOfTheRangeAndWithAnyOffsetAreRead() {
        Stamped read = json.readValue("{\"at\":\"9999-12-31T23:59:59.999999Z\",\"local\":\"0001-01-01T08:00:00+08:00\"}",
                Stamped.class);
        assertThat(read.at()).isEqualTo(Instant.parse("9999-12-31T23:59:59.999999Z"));
        assertThat(read.local().toInstant()).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(json.readValue("{\"at\":\"2026-11-11T12:00:00+08:00\"}", Stamped.class).at())
                .isEqualTo(Instant.parse("2026-11-11T04:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "102372379", "7.5", "true", "\"7 days\""})
    void aDurationIsAnIsoStringNeverANumber(String value) {
        assertThatThrownBy(() -> json.readValue("{\"window\":" + value + "}", Stamped.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void isoDurationsAreRead() {
        assertThat(json.readValue("{\"window\":\"P7D\"}", Stamped.class).window()).isEqualTo(Duration.ofDays(7));
        assertThat(json.readValue("{\"window\":\"PT25H\"}", Stamped.class).window()).isEqualTo(Duration.ofHours(25));
    }
}
