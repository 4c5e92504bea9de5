package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
}
