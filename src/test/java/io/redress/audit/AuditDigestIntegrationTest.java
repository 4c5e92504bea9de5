package io.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.shared.DevelopmentClock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
@RecordApplicationEvents
class AuditDigestIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    Clock clock;

    @Test
    void theDigestOfAFinishedDayIsTheHashOfItsLastRecordAndIsPublished(ApplicationEvents events) throws Exception {
        trail.record(new AuditFact("test.digest", "digest-test", "tester", "SYSTEM", null, null, null, null, null, Map.of()));
        LocalDate day = LocalDate.now(clock.withZone(ZONE));
        String lastOfDay = jdbc.sql("SELECT hash FROM audit_record ORDER BY seq DESC LIMIT 1").query(String.class).single();
        long lastSeq = jdbc.sql("SELECT MAX(seq) FROM audit_record").query(Long.class).single();

        Duration toTomorrow = Duration.between(clock.instant(), day.plusDays(1).atStartOfDay(ZONE).toInstant());
        ((DevelopmentClock) clock).advance(toTomorrow.plusMinutes(1));
        trail.record(new AuditFact("test.digest", "digest-test", "tester", "SYSTEM", null, null, null, null, null, Map.of()));
        assertThat(log.recordDigests()).isPositive();
        assertThat(log.recordDigests()).isZero();

        mvc.perform(get("/api/v1/audit/digests").with(Callers.staff(Role.AUDITOR)).param("from", day.toString())
                        .param("to", day.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].day").value(day.toString()))
                .andExpect(jsonPath("$[0].seq").value(lastSeq))
                .andExpect(jsonPath("$[0].hash").value(lastOfDay));
        assertThat(events.stream(AuditDigestRecorded.class).map(e -> e.digest().day())).contains(day);
        assertThat(jdbc.sql("SELECT MAX(recorded_at) FROM audit_record").query(OffsetDateTime.class).single()
                .atZoneSameInstant(ZoneOffset.UTC).toInstant()).isAfter(day.plusDays(1).atStartOfDay(ZONE).toInstant());
    }
}
