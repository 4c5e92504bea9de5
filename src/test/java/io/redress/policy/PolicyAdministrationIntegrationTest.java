package io.redress.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RedressIntegrationTest
class PolicyAdministrationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Policies policies;

    @Autowired
    Clock clock;

    static RequestPostProcessor as(Role role) {
        return authentication(new TestingAuthenticationToken(new Caller(role.name().toLowerCase(), Set.of(role), null,
                null), null, role.authority()));
    }

    static String uniqueProfile() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String publish(String profile, String body) throws Exception {
        return mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void auditorsSeeBothBuiltInProfilesWithTaobaoAsDefault() throws Exception {
        mvc.perform(get("/api/v1/admin/policies").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.profile == 'taobao')].defaultProfile").value(true))
                .andExpect(jsonPath("$[?(@.profile == 'taobao')].inForce.rules.timers.T_SELLER_UNSHIPPED.duration")
                        .value("PT24H"))
                .andExpect(jsonPath("$[?(@.profile == 'jd')].inForce.rules.timers.T_EVIDENCE_REPLY.clock")
                        .value("BUSINESS_HOURS"));
    }

    @Test
    void aChangeTakingEffectWithinSevenDaysIsRefusedUnlessUrgent() throws Exception {
        String profile = uniqueProfile();
        publish(profile, "{\"urgent\": false, \"effectiveFrom\": \"" + clock.instant().plusSeconds(5) + "\"}");
        mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"" + clock.instant().plus(Duration.ofDays(3))
                                + "\", \"timers\": {\"T_RETURN\": {\"duration\": \"P10D\", \"clock\": \"CALENDAR\"}}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("7 days")));
        assertThat(policies.versions(profile)).hasSize(1);

        publish(profile, "{\"urgent\": true, \"timers\": {\"T_RETURN\": {\"duration\": \"P10D\", \"clock\": \"CALENDAR\"}}}");
        assertThat(policies.inForce(profile, clock.instant().plusSeconds(1)).timer(TimerId.T_RETURN, null).duration())
                .isEqualTo(Duration.ofDays(10));
    }

    @Test
    void aScheduledVersionTakesEffectOnItsDateAndCasesBeforeKeepTheOldOne() throws Exception {
        String profile = uniqueProfile();
        publish(profile, "{\"urgent\": false, \"effectiveFrom\": \"" + clock.instant().plusSeconds(2) + "\"}");
        Instant takesEffect = clock.instant().plus(Duration.ofDays(8));
        mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\": \"" + takesEffect + "\", \"limits\": {\"applications\": 2, "
                                + "\"modifications\": 4}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.publishedBy").value("admin"))
                .andExpect(jsonPath("$.rules.limits.applications").value(2))
                .andExpect(jsonPath("$.rules.timers.T_REVISE.duration").value("PT120H"));

        assertThat(policies.inForce(profile, takesEffect.minusSeconds(1)).version()).isEqualTo(1);
        assertThat(policies.inForce(profile, takesEffect).rules().limits()).isEqualTo(new Limits(2, 4));
        mvc.perform(get("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aPolicyCannotTakeEffectInThePast() throws Exception {
        mvc.perform(post("/api/v1/admin/policies/" + uniqueProfile() + "/versions").with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urgent\": true, \"effectiveFrom\": \"2020-01-01T00:00:00Z\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void malformedVersionsAreBadRequestsAndPublishNothing() throws Exception {
        String profile = uniqueProfile();
        for (String body : new String[] {
                "{\"urgent\": true, \"timers\": {\"T_NOT_A_TIMER\": {\"duration\": \"PT1H\", \"clock\": \"CALENDAR\"}}}",
                "{\"urgent\": true, \"timers\": {\"T_RETURN\": {\"duration\": \"-PT1H\", \"clock\": \"CALENDAR\"}}}",
                "{\"urgent\": true, \"limits\": {\"applications\": 0, \"modifications\": 5}}",
                "{\"urgent\": true, \"colour\": \"red\"}"}) {
            mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/api/v1/admin/policies/Bad_Name/versions").with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"urgent\": true}"))
                .andExpect(status().isBadRequest());
        assertThat(policies.versions(profile)).isEmpty();
    }

    @Test
    void anEmptyOrEndlessNoReasonWindowIsRefusedNamingItAndPublishesNothing() throws Exception {
        String profile = uniqueProfile();
        for (String window : new String[] {"PT0S", "P0D", "-P7D", "P366D"}) {
            mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"urgent\": true, \"noReasonWindow\": \"" + window + "\"}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("noReasonWindow"));
        }
        mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"urgent\": true, \"noReasonWindow\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("noReasonWindow"));
        assertThat(policies.versions(profile)).isEmpty();
    }

    @Test
    void auditorsMayReadButNotPublish() throws Exception {
        mvc.perform(post("/api/v1/admin/policies/" + uniqueProfile() + "/versions").with(as(Role.AUDITOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"urgent\": true}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/policies").with(as(Role.SELLER))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownProfileIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/admin/policies/" + uniqueProfile() + "/versions").with(as(Role.AUDITOR)))
                .andExpect(status().isNotFound());
    }
}
