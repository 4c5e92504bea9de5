package io.redress.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.amounts.AmountRules;
import io.redress.amounts.ShippingPayer;
import io.redress.amounts.ShippingRules;
import io.redress.amounts.ThresholdPolicy;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RedressIntegrationTest
class PolicyAdministrationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Policies policies;

    @Autowired
    Clock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

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
    void amountRulesArePublishedAndAPartialShippingChangeKeepsTheOtherFields() throws Exception {
        String profile = uniqueProfile();
        mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urgent\": true, \"noReasonWindow\": \"P15D\", \"thresholdPolicy\": \"IGNORE\", "
                                + "\"shipping\": {\"returnLegOtherwise\": \"SELLER\"}, \"categoryExceptions\": "
                                + "{\"fresh-food\": {\"noReasonReturn\": false}, \"home-textiles\": {\"noReasonReturn\": true, "
                                + "\"noReasonWindow\": \"P15D\"}}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rules.shipping.returnLegOtherwise").value("SELLER"))
                .andExpect(jsonPath("$.rules.shipping.returnLegSellerAtFault").value("SELLER"))
                .andExpect(jsonPath("$.rules.shipping.refundWhenSellerAtFault").value(true));

        AmountRules rules = policies.inForce(profile, clock.instant().plusSeconds(1)).rules().amountRules();
        assertThat(rules.noReasonWindow()).isEqualTo(Duration.ofDays(15));
        assertThat(rules.thresholdPolicy()).isEqualTo(ThresholdPolicy.IGNORE);
        assertThat(rules.shipping()).isEqualTo(new ShippingRules(true, true, ShippingPayer.SELLER, ShippingPayer.SELLER));
        assertThat(rules.noReasonReturn("fresh-food")).isFalse();
        assertThat(rules.noReasonWindow("home-textiles")).isEqualTo(Duration.ofDays(15));
    }

    @Test
    void badAmountRulesAreRejectedNamingTheFieldAndPublishNothing() throws Exception {
        String profile = uniqueProfile();
        Map<String, String> bodies = Map.of(
                "noReasonWindow", "{\"urgent\": true, \"noReasonWindow\": \"PT0S\"}",
                "shipping.returnLegOtherwise", "{\"urgent\": true, \"shipping\": {\"returnLegOtherwise\": \"NONE\"}}",
                "categoryExceptions.food.noReasonReturn",
                "{\"urgent\": true, \"categoryExceptions\": {\"food\": {\"noReasonWindow\": \"P10D\"}}}",
                "categoryExceptions.food.noReasonWindow",
                "{\"urgent\": true, \"categoryExceptions\": {\"food\": {\"noReasonReturn\": true, \"noReasonWindow\": \"-P1D\"}}}");
        for (Map.Entry<String, String> bad : bodies.entrySet()) {
            mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                            .contentType(MediaType.APPLICATION_JSON).content(bad.getValue()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(bad.getKey()));
        }
        assertThat(policies.versions(profile)).isEmpty();
    }

    @Test
    void aVersionStoredBeforeAmountRulesWerePartOfPoliciesReadsWithTheDefaults() {
        String profile = uniqueProfile();
        ObjectNode stored = (ObjectNode) json.readTree(json.writeValueAsString(PolicyRules.taobao()));
        stored.remove("shipping");
        stored.remove("categoryExceptions");
        jdbc.sql("INSERT INTO policy_version (profile, version, effective_from, published_at, urgent, published_by, rules)"
                        + " VALUES (?, 1, ?, ?, FALSE, 'before', ?)")
                .params(profile, Instant.EPOCH.atOffset(ZoneOffset.UTC), Instant.EPOCH.atOffset(ZoneOffset.UTC),
                        stored.toString())
                .update();

        PolicyRules rules = policies.find(profile, 1).orElseThrow().rules();
        assertThat(rules.shipping()).isEqualTo(ShippingRules.DEFAULTS);
        assertThat(rules.categoryExceptions()).isEmpty();
        assertThat(rules.amountRules().noReasonWindow("apparel")).isEqualTo(Duration.ofHours(168));
    }

    @Test
    void serviceLevelsArePublishedFieldByFieldAndOutOfRangeOnesAreRefusedNamingTheField() throws Exception {
        String profile = uniqueProfile();
        mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"urgent\": true, \"service\": {\"qaSamplePercent\": 25}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rules.service.qaSamplePercent").value(25))
                .andExpect(jsonPath("$.rules.service.complaintAcknowledgeWithin").value("PT24H"))
                .andExpect(jsonPath("$.rules.service.complaintResolveWorkingDays").value(7));
        mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"urgent\": true, \"service\": {\"complaintAcknowledgeWithin\": \"PT4H\"}}"))
                .andExpect(status().isCreated());
        assertThat(policies.inForce(profile, clock.instant().plusSeconds(1)).rules().service())
                .isEqualTo(new ServiceRules(Duration.ofHours(4), 7, 25));

        Map<String, String> bodies = Map.of(
                "service.qaSamplePercent", "{\"urgent\": true, \"service\": {\"qaSamplePercent\": 101}}",
                "service.complaintResolveWorkingDays", "{\"urgent\": true, \"service\": {\"complaintResolveWorkingDays\": 0}}",
                "service.complaintAcknowledgeWithin", "{\"urgent\": true, \"service\": {\"complaintAcknowledgeWithin\": \"PT0S\"}}");
        for (Map.Entry<String, String> bad : bodies.entrySet()) {
            mvc.perform(post("/api/v1/admin/policies/" + profile + "/versions").with(as(Role.ADMIN))
                            .contentType(MediaType.APPLICATION_JSON).content(bad.getValue()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(bad.getKey()));
        }
        assertThat(policies.versions(profile)).hasSize(2);
    }

    @Test
    void aVersionStoredBeforeServiceLevelsWerePartOfPoliciesReadsWithTheDefaults() {
        String profile = uniqueProfile();
        ObjectNode stored = (ObjectNode) json.readTree(json.writeValueAsString(PolicyRules.taobao()));
        stored.remove("service");
        jdbc.sql("INSERT INTO policy_version (profile, version, effective_from, published_at, urgent, published_by, rules)"
                        + " VALUES (?, 1, ?, ?, FALSE, 'before', ?)")
                .params(profile, Instant.EPOCH.atOffset(ZoneOffset.UTC), Instant.EPOCH.atOffset(ZoneOffset.UTC),
                        stored.toString())
                .update();

        assertThat(policies.find(profile, 1).orElseThrow().rules().service()).isEqualTo(ServiceRules.DEFAULTS)
                .isEqualTo(new ServiceRules(Duration.ofHours(24), 7, 10));
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
