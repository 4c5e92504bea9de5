package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.shared.ClockAdvanced;
import io.redress.shared.DevelopmentClock;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RedressIntegrationTest
class ClockIntegrationTest {

    /** Records what the clock announced, as a deadline listener would act on it. */
    static class Announcements {
        final List<ClockAdvanced> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ClockAdvanced advanced) {
            heard.add(advanced);
        }
    }

    @TestConfiguration
    static class Listening {
        @Bean
        Announcements clockAnnouncements() {
            return new Announcements();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    Announcements announcements;

    ResultActions advance(String json) throws Exception {
        return mvc.perform(post("/api/v1/admin/clock/advance").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(authentication(new TestingAuthenticationToken("admin1", null, "ROLE_ADMIN"))).with(csrf()));
    }

    @Test
    void theClockIsInTheMarketplaceZoneAndMovableInDevelopment() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(clock).isInstanceOf(DevelopmentClock.class);
    }

    @Test
    void readsTheClockWithItsOffset() throws Exception {
        mvc.perform(get("/api/v1/admin/clock")
                        .with(authentication(new TestingAuthenticationToken("admin1", null, "ROLE_ADMIN"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now", endsWith("+08:00")))
                .andExpect(jsonPath("$.mode").value("offset"))
                .andExpect(jsonPath("$.offset").isString());
    }

    @Test
    void advancingMovesTheClockAndTellsListenersBeforeAnswering() throws Exception {
        Duration before = ((DevelopmentClock) clock).offset();
        advance("{\"duration\": \"PT1M\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.offset").value(before.plusMinutes(1).toString()))
                .andExpect(jsonPath("$.mode").value("offset"));
        assertThat(announcements.heard).isNotEmpty();
        ClockAdvanced last = announcements.heard.get(announcements.heard.size() - 1);
        assertThat(Duration.between(last.from(), last.to())).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void onlyAnAdminMayReadOrMoveTheClock() throws Exception {
        var agent = authentication(new TestingAuthenticationToken("agent1", null, "ROLE_AGENT"));
        mvc.perform(get("/api/v1/admin/clock").with(agent)).andExpect(status().isForbidden());
        Duration before = ((DevelopmentClock) clock).offset();
        mvc.perform(post("/api/v1/admin/clock/advance").contentType(MediaType.APPLICATION_JSON)
                .content("{\"duration\": \"PT1H\"}").with(agent).with(csrf())).andExpect(status().isForbidden());
        assertThat(((DevelopmentClock) clock).offset()).isEqualTo(before);
    }

    @Test
    void zeroDurationIsRefused() throws Exception {
        advance("{\"duration\": \"PT0S\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duration"));
    }

    @Test
    void negativeDurationIsRefused() throws Exception {
        advance("{\"duration\": \"-PT1H\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duration"));
    }

    @Test
    void unparseableDurationIsRefused() throws Exception {
        advance("{\"duration\": \"soon\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duration"));
    }

    @Test
    void missingDurationIsRefused() throws Exception {
        Duration before = ((DevelopmentClock) clock).offset();
        advance("{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duration"));
        assertThat(((DevelopmentClock) clock).offset()).isEqualTo(before);
    }
}
