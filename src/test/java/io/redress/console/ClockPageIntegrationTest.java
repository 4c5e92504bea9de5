package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.shared.DevelopmentClock;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class ClockPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void adminLetsTimePassFromTheConsole() throws Exception {
        Duration before = ((DevelopmentClock) clock).offset();
        mvc.perform(post("/admin/clock/advance").with(user("admin1").roles("ADMIN")).with(csrf()).param("duration", "PT1S"))
                .andExpect(redirectedUrl("/admin/clock"))
                .andExpect(flash().attribute("advancedBy", "PT1S"));
        assertThat(((DevelopmentClock) clock).offset()).isEqualTo(before.plusSeconds(1));
        mvc.perform(get("/admin/clock").with(user("admin1").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("+ PT25H")));
    }

    @Test
    void negativeOrMalformedDurationLeavesTheClockAlone() throws Exception {
        Duration before = ((DevelopmentClock) clock).offset();
        for (String duration : new String[] {"-PT1H", "soon", "PT0S"}) {
            mvc.perform(post("/admin/clock/advance").with(user("admin1").roles("ADMIN")).with(csrf()).param("duration", duration))
                    .andExpect(flash().attribute("invalid", duration));
        }
        assertThat(((DevelopmentClock) clock).offset()).isEqualTo(before);
    }

    @Test
    void clockPageIsForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/clock").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
    }
}
