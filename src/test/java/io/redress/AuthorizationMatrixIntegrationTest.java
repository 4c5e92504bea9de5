package io.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.AuthorizationMatrix.Column;
import io.redress.AuthorizationMatrix.Resource;
import io.redress.AuthorizationMatrix.Row;
import io.redress.AuthorizationMatrix.Side;
import io.redress.payments.sandbox.CallbackSignature;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every role against every endpoint, on its own and on a foreign resource, with real credentials
 * (the demo service key and tokens from the token endpoint): 401 without a valid token, 403 when the
 * role may not act, 404 when the caller may not see the resource. The table is {@link AuthorizationMatrix}.
 */
@RedressIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Value("${redress.psp.callback-secret:sandbox-callback-secret}")
    String callbackSecret;

    @Autowired
    java.time.Clock clock;

    MatrixFixtures fixtures;

    @BeforeAll
    void signInAndPushOneOrderPerSide() throws Exception {
        fixtures = new MatrixFixtures(mvc);
    }

    @Test
    void everyApiEndpointHasARowThatDecidesWhoMayCallIt() {
        Set<String> missing = new TreeSet<>(apiEndpoints());
        AuthorizationMatrix.ROWS.forEach(row -> missing.remove(row.endpoint()));
        assertThat(missing).as("endpoints under /api/ without a row in AuthorizationMatrix").isEmpty();
    }

    @Test
    void everyRowNamesAnEndpointThatExistsOnce() {
        Set<String> endpoints = apiEndpoints();
        assertThat(AuthorizationMatrix.ROWS).extracting(Row::endpoint)
                .doesNotHaveDuplicates()
                .allSatisfy(endpoint -> assertThat(endpoints).as("mapped endpoints").contains(endpoint));
    }

    @TestFactory
    Stream<DynamicContainer> eachCallerGetsWhatTheMatrixSays() {
        return AuthorizationMatrix.ROWS.stream().map(row -> DynamicContainer.dynamicContainer(row.endpoint(),
                Arrays.stream(Column.values())
                        .filter(column -> !"-".equals(row.expected(column)))
                        .map(column -> DynamicTest.dynamicTest(name(row, column), () -> check(row, column)))));
    }

    /** The case list answers 200 to everyone, so what it holds is the check: no buyer or shop sees another's cases. */
    @Test
    void caseListsHoldOnlyWhatTheCallerMaySee() throws Exception {
        for (Column column : List.of(Column.BUYER_OWN, Column.SELLER_OWN)) {
            assertThat(listed(column, fixtures.caseOrder(Side.OWN))).containsExactly(fixtures.theCase(Side.OWN));
            assertThat(listed(column, fixtures.caseOrder(Side.FOREIGN))).isEmpty();
            JsonNode all = listPage(column, null);
            String party = column == Column.BUYER_OWN ? "buyerId" : "shopId";
            String own = column == Column.BUYER_OWN ? "buyer-1" : "shop-1";
            assertThat(all.get("items").valueStream().map(item -> item.get(party).asString())).containsOnly(own);
        }
        for (Column staff : List.of(Column.MARKETPLACE, Column.AGENT, Column.SENIOR_AGENT, Column.AUDITOR, Column.ADMIN)) {
            assertThat(listed(staff, fixtures.caseOrder(Side.FOREIGN))).as(staff.label)
                    .containsExactly(fixtures.theCase(Side.FOREIGN));
        }
    }

    private List<String> listed(Column column, String orderId) throws Exception {
        return listPage(column, orderId).get("items").valueStream().map(item -> item.get("caseId").asString()).toList();
    }

    private JsonNode listPage(Column column, String orderId) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/cases").param("size", "100");
        if (orderId != null) {
            request.param("orderId", orderId);
        }
        return JSON.readTree(mvc.perform(fixtures.as(request, column)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The matrix row sends no signature; with one, the PSP gets past security without any token (404: no such refund). */
    @Test
    void aSignedPspCallbackNeedsNoBearerToken() throws Exception {
        String body = MatrixFixtures.callback();
        long now = clock.instant().getEpochSecond();
        String signature = CallbackSignature.sign(callbackSecret, now, body.getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/v1/psp/callbacks").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header(CallbackSignature.TIMESTAMP_HEADER, now).header(CallbackSignature.HEADER, signature))
                .andExpect(status().isNotFound());
    }

    /** A role that may never act learns nothing from the body either: 403 before any validation of it. */
    @TestFactory
    Stream<DynamicTest> aForbiddenRoleGets403WhateverTheBody() {
        return AuthorizationMatrix.ROWS.stream().filter(row -> row.method().equals("POST"))
                .flatMap(row -> Arrays.stream(Column.values()).filter(column -> "403".equals(row.expected(column)))
                        .map(column -> DynamicTest.dynamicTest(name(row, column) + " with an empty body", () -> {
                            MockHttpServletResponse response = perform(row, column,
                                    row.resource().variables().apply(fixtures, column), "{}");
                            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(403);
                        })));
    }

    /** Where the matrix hides a foreign resource, one that does not exist must answer alike, up to its id. */
    @TestFactory
    Stream<DynamicTest> aHiddenResourceAnswersLikeOneThatDoesNotExist() {
        return AuthorizationMatrix.ROWS.stream().filter(row -> row.path().contains("{"))
                .flatMap(row -> Arrays.stream(Column.values()).filter(column -> "404".equals(row.expected(column)))
                        .map(column -> DynamicTest.dynamicTest(name(row, column) + " like a missing one",
                                () -> compareWithMissing(row, column))));
    }

    private void compareWithMissing(Row row, Column column) throws Exception {
        Map<String, Object> hidden = row.resource().variables().apply(fixtures, column);
        // only the resource's id goes missing; further variables (a case's action) stay as they were
        Map<String, Object> missing = new LinkedHashMap<>(hidden);
        missing.put(hidden.keySet().iterator().next(), "missing-" + UUID.randomUUID());
        MockHttpServletResponse foreign = perform(row, column, hidden);
        MockHttpServletResponse absent = perform(row, column, missing);
        String foreignBody = foreign.getContentAsString();
        String absentBody = absent.getContentAsString();
        for (Map.Entry<String, Object> variable : hidden.entrySet()) {
            foreignBody = foreignBody.replace(variable.getValue().toString(), "{" + variable.getKey() + "}");
            absentBody = absentBody.replace(missing.get(variable.getKey()).toString(), "{" + variable.getKey() + "}");
        }
        assertThat(foreign.getStatus()).isEqualTo(absent.getStatus());
        assertThat(JSON.readTree(foreignBody)).isEqualTo(JSON.readTree(absentBody));
    }

    private MockHttpServletResponse perform(Row row, Column column, Map<String, Object> variables) throws Exception {
        return perform(row, column, variables, row.body().apply(fixtures, column));
    }

    private MockHttpServletResponse perform(Row row, Column column, Map<String, Object> variables, String body)
            throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()),
                UriComponentsBuilder.fromUriString(row.path()).buildAndExpand(variables).encode().toUri());
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(fixtures.as(request, column)).andReturn().getResponse();
    }

    private void check(Row row, Column column) throws Exception {
        MockHttpServletResponse response = perform(row, column, row.resource().variables().apply(fixtures, column));
        String expected = row.expected(column);
        String answer = name(row, column) + ", but got " + response.getStatus() + " " + response.getContentAsString();
        if ("2xx".equals(expected)) {
            assertThat(response.getStatus()).as(answer).isBetween(200, 299);
        } else {
            assertThat(response.getStatus()).as(answer).isEqualTo(Integer.parseInt(expected));
        }
    }

    private static String name(Row row, Column column) {
        String on = "";
        if (column.scoped() && row.resource() != Resource.NONE) {
            on = column.side == Side.OWN ? " on own " + row.resource().noun() : " on a foreign " + row.resource().noun();
        }
        return row.endpoint() + " as " + column.label + on + " -> " + row.expected(column);
    }

    /** "METHOD /path/{template}" of every handler under /api/, leaving out controllers that exist only in tests. */
    private Set<String> apiEndpoints() {
        return handlers.getHandlerMethods().entrySet().stream()
                .filter(handler -> !testOnly(handler.getValue().getBeanType()))
                .flatMap(handler -> endpoints(handler.getKey()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<String> endpoints(RequestMappingInfo info) {
        Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                .collect(Collectors.toSet());
        Set<String> verbs = methods.isEmpty() ? Set.of("ANY") : methods;
        return info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .flatMap(pattern -> verbs.stream().map(verb -> verb + " " + pattern));
    }

    private static boolean testOnly(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("/test-classes/");
    }
}
