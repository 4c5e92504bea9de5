package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RawHttp;
import io.redress.RawHttp.Response;
import io.redress.RedressServerIntegrationTest;
import io.redress.identity.DemoAccount;
import io.redress.orders.OrderJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Failures the servlet container meets before Spring MVC, seen over a real socket: all are problems, none a 500. */
@RedressServerIntegrationTest
class ServerProblemsIntegrationTest {

    static final String MARKETPLACE = "Bearer " + DemoAccount.SERVICE_KEY;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RawHttp http;

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x=%zz", "x=%e4%b8", "x=%", "%C0%AF=1", "page=1&x=%G1"})
    void malformedPercentEncodingInTheQueryIsABadRequestBeforeAndAfterSignIn(String query) throws IOException {
        expectProblem(http.send("GET /api/v1/auth/me?" + query + " HTTP/1.1", Map.of("Authorization", MARKETPLACE)), 400)
                .satisfies(r -> assertThat(r.text()).contains("\"field\"", "percent-encoded UTF-8"));
        expectProblem(http.send("POST /api/v1/auth/token?" + query + " HTTP/1.1", Map.of("Content-Type", "application/json"),
                "{\"username\":\"buyer1\",\"password\":\"demo\"}".getBytes(StandardCharsets.UTF_8)), 400);
        expectProblem(http.send("GET /api/v1/cases?" + query + " HTTP/1.1", Map.of()), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/orders/%zz", "/api/v1/orders/a%2Fb", "/api/v1/orders/%", "/api/v1/orders/a%5Cb"})
    void aPathTomcatCannotDecodeIsAProblemNotAnHtmlPage(String path) throws IOException {
        expectProblem(http.send("GET " + path + " HTTP/1.1", Map.of("Authorization", MARKETPLACE)), 400);
    }

    @Test
    void requestsTheFirewallOrTheContainerRefuseAreProblemsNotSpringBootsErrorJson() throws IOException {
        expectProblem(http.send("GET /api//v1/orders HTTP/1.1", Map.of("Authorization", MARKETPLACE)), 400)
                .satisfies(r -> assertThat(r.text()).doesNotContain("timestamp"));
        expectProblem(http.send("GET /api/v1/orders;x=y HTTP/1.1", Map.of("Authorization", MARKETPLACE)), 400);
        expectProblem(http.send("TRACE /api/v1/orders HTTP/1.1", Map.of("Authorization", MARKETPLACE)), 405);
    }

    @Test
    void askingForTheErrorPageItselfIsNotFoundNotSpringBootsErrorJson() throws IOException {
        expectProblem(http.send("GET /error HTTP/1.1", Map.of()), 404)
                .satisfies(r -> assertThat(r.text()).doesNotContain("timestamp", "999"));
        expectProblem(http.send("GET /error HTTP/1.1", Map.of("Accept", "text/html")), 404);
        expectProblem(http.send("POST /error HTTP/1.1", Map.of("Authorization", MARKETPLACE), new byte[0]), 404);
    }

    @Test
    void aRequestLineLongerThanTheContainerReadsIsAProblem() throws IOException {
        expectProblem(http.send("GET /api/v1/cases?status=" + "x".repeat(20_000) + " HTTP/1.1",
                Map.of("Authorization", MARKETPLACE)), 400);
    }

    @Test
    void actuatorAndTheOpenApiDocumentAnswerProblemsToo() throws IOException {
        expectProblem(http.send("POST /actuator/health HTTP/1.1", Map.of(), new byte[0]), 405);
        expectProblem(http.send("DELETE /v3/api-docs HTTP/1.1", Map.of()), 405);
        expectProblem(http.send("GET /actuator//health HTTP/1.1", Map.of()), 400);
        expectProblem(http.send("GET /v3/api-docs/%zz HTTP/1.1", Map.of()), 400);
    }

    /** What actuator does not serve is a problem like any unknown API path: 401 before sign-in, 404 after. */
    @Test
    void anUnknownActuatorPathIsAProblem() throws IOException {
        expectProblem(http.send("GET /actuator/no-such-endpoint HTTP/1.1", Map.of()), 401);
        String admin = "Bearer " + token("admin1");
        for (String path : new String[] {"/actuator/no-such-endpoint", "/actuator/no/such/path", "/actuator/health/no-such"}) {
            expectProblem(http.send("GET " + path + " HTTP/1.1", Map.of("Authorization", admin)), 404)
                    .satisfies(r -> assertThat(r.text()).doesNotContain("timestamp"));
            expectProblem(http.send("GET " + path + " HTTP/1.1", Map.of("Authorization", admin,
                    "Accept", "text/html,*/*;q=0.8")), 404);
        }
    }

    @Test
    void aConsoleErrorForAClientThatIsNoBrowserIsAProblemNotSpringBootsErrorJson() throws IOException {
        byte[] form = "username=buyer1&password=x".getBytes(StandardCharsets.UTF_8);
        expectProblem(http.send("POST /login HTTP/1.1", Map.of("Accept", "application/json",
                "Content-Type", "application/x-www-form-urlencoded"), form), 403)
                .satisfies(r -> assertThat(r.text()).doesNotContain("timestamp"));
        RawHttp.Response page = http.send("POST /login HTTP/1.1", Map.of("Accept", "text/html,*/*;q=0.8",
                "Content-Type", "application/x-www-form-urlencoded"), form);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void consolePagesKeepTheirHtmlErrorPages() throws IOException {
        RawHttp.Response page = http.send("GET /%zz HTTP/1.1", Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1",
            "application/json; charset=no-such-charset", "not a type", "application/x-www-form-urlencoded"})
    void aContentTypeThatIsNotOneJsonTypeInUtf8IsUnsupported(String type) throws IOException {
        String orderId = OrderJson.freshId();
        expectProblem(http.send("POST /api/v1/orders HTTP/1.1", Map.of("Authorization", MARKETPLACE, "Content-Type", type),
                order(orderId).getBytes(StandardCharsets.UTF_8)), 415);
        assertThat(orders(orderId)).isZero();
    }

    @Test
    void aJsonBodyInUtf16IsRefusedAndSavesNothing() throws IOException {
        String orderId = OrderJson.freshId();
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16, java.nio.charset.Charset.forName("UTF-32")}) {
            expectProblem(http.send("POST /api/v1/orders HTTP/1.1", Map.of("Authorization", MARKETPLACE,
                    "Content-Type", "application/json"), order(orderId).getBytes(charset)), 400);
        }
        assertThat(orders(orderId)).isZero();
    }

    @Test
    void multipartWithoutBoundaryOrCutShortIsABadRequestAndStoresNothing() throws IOException {
        String caseId = openCase();
        String buyer = "Bearer " + token("buyer1");
        String path = "POST /api/v1/cases/" + caseId + "/evidence HTTP/1.1";
        byte[] cut = ("--XX\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPHOTO\r\n--XX\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG")
                .getBytes(StandardCharsets.ISO_8859_1);
        expectProblem(http.send(path, Map.of("Authorization", buyer, "Content-Type", "multipart/form-data"), cut), 400);
        expectProblem(http.send(path, Map.of("Authorization", buyer, "Content-Type", "multipart/form-data; charset=UTF-8"), cut), 400);
        expectProblem(http.send(path, Map.of("Authorization", buyer, "Content-Type", "multipart/form-data; boundary=XX"), cut), 400);
        expectProblem(http.send(path, Map.of("Authorization", buyer, "Content-Type", "multipart/form-data; boundary=XX",
                "Idempotency-Key", "cut-" + caseId), cut), 400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evidence WHERE case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
    }

    private static org.assertj.core.api.ObjectAssert<Response> expectProblem(Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).as(response.text()).startsWith("application/problem+json");
        assertThat(JsonMapper.shared().readTree(response.body()).get("status").asInt()).isEqualTo(status);
        return assertThat(response);
    }

    private String openCase() throws IOException {
        String orderId = OrderJson.freshId();
        Response pushed = http.send("POST /api/v1/orders HTTP/1.1", Map.of("Authorization", MARKETPLACE,
                "Content-Type", "application/json"), order(orderId).getBytes(StandardCharsets.UTF_8));
        assertThat(pushed.status()).as(pushed.text()).isEqualTo(201);
        Response opened = http.send("POST /api/v1/cases HTTP/1.1", Map.of("Authorization", "Bearer " + token("buyer1"),
                "Content-Type", "application/json"), ("{\"orderId\":\"" + orderId + "\",\"type\":\"REFUND_ONLY\","
                + "\"reason\":\"NOT_RECEIVED\",\"lines\":[{\"lineId\":\"L1\",\"quantity\":1}]}").getBytes(StandardCharsets.UTF_8));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return JsonMapper.shared().readTree(opened.body()).get("caseId").asString();
    }

    private String token(String username) throws IOException {
        Response issued = http.send("POST /api/v1/auth/token HTTP/1.1", Map.of("Content-Type", "application/json"),
                ("{\"username\":\"" + username + "\",\"password\":\"" + DemoAccount.PASSWORD + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
        return JsonMapper.shared().readTree(issued.body()).get("token").asString();
    }

    private static String order(String orderId) {
        return OrderJson.write(OrderJson.example(orderId));
    }

    private long orders(String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM orders WHERE order_id = ?").param(orderId).query(Long.class).single();
    }
}
