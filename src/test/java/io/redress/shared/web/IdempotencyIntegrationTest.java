package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.shared.web.IdempotencyKeys.Scope;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@RedressIntegrationTest
class IdempotencyIntegrationTest {

    static final String PROBLEMS = "https://redress.dev/problems/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    IdempotencyRetention retention;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    @Qualifier("handlerExceptionResolver")
    HandlerExceptionResolver problems;

    final String ref = "idem-" + UUID.randomUUID();
    final String key = UUID.randomUUID().toString();

    ResultActions write(String caller, String idempotencyKey, String json) throws Exception {
        return mvc.perform(post("/api/test/rows").contentType(MediaType.APPLICATION_JSON).content(json)
                .header("Idempotency-Key", idempotencyKey)
                .with(authentication(new TestingAuthenticationToken(caller, null, "ROLE_MARKETPLACE"))).with(csrf()));
    }

    String body(boolean fail) {
        return "{\"ref\": \"" + ref + "\", \"fail\": " + fail + ", \"loseClaim\": false, \"sleepMillis\": 0}";
    }

    long rows(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM redress_info WHERE name = ?").param(name).query(Long.class).single();
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponseWithoutRunningAgain() throws Exception {
        MvcResult first = write("mk", key, body(false)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotency-Replayed")).andReturn();
        MvcResult again = write("mk", key, body(false)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(header().string("Location", "/api/test/rows/" + ref)).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(again.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
        assertThat(rows(ref)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() throws Exception {
        write("mk", key, body(false)).andExpect(status().isCreated());
        write("mk", key, body(false).replace(ref, ref + "-other")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "idempotency-key-reused"));
        assertThat(rows(ref + "-other")).isZero();
    }

    @Test
    void keyLongerThan255CharactersIs400() throws Exception {
        write("mk", "k".repeat(256), body(false)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(rows(ref)).isZero();
        write("mk", "k".repeat(255 - key.length()) + key, body(false)).andExpect(status().isCreated());
    }

    @Test
    void keyInUseByARunningRequestIs409() throws Exception {
        assertThat(keys.claim(scope("mk", key), RequestDigest.ofBody(body(false).getBytes()), clock.instant())).isPresent();
        write("mk", key, body(false)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "idempotency-key-in-use"));
        assertThat(rows(ref)).isZero();
    }

    @Test
    void claimAbandonedByACrashIsTakenOver() throws Exception {
        Instant longAgo = clock.instant().minus(Duration.ofMinutes(3));
        assertThat(keys.claim(scope("mk", key), RequestDigest.ofBody(body(false).getBytes()), longAgo)).isPresent();
        write("mk", key, body(false)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotency-Replayed"));
        write("mk", key, body(false)).andExpect(header().string("Idempotency-Replayed", "true"));
        assertThat(rows(ref)).isEqualTo(1);
    }

    @Test
    void failedRequestRollsBackAndFreesTheKey() throws Exception {
        write("mk", key, body(true)).andExpect(status().isUnprocessableContent());
        assertThat(rows(ref)).isZero();
        write("mk", key, body(false)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotency-Replayed"));
        assertThat(rows(ref)).isEqualTo(1);
    }

    @Test
    void businessRowsCommitOnlyTogetherWithTheStoredResponse() throws Exception {
        String losing = body(false).replace("\"loseClaim\": false", "\"loseClaim\": true");
        write("mk", key, losing).andExpect(status().isConflict());
        assertThat(rows(ref)).isZero();
    }

    @Test
    void keysAreScopedToTheCaller() throws Exception {
        write("mk", key, body(false).replace(ref, ref + "-a")).andExpect(status().isCreated());
        write("other", key, body(false).replace(ref, ref + "-b")).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotency-Replayed"));
        assertThat(rows(ref + "-a") + rows(ref + "-b")).isEqualTo(2);
    }

    @Test
    void multipartUploadsAreIdempotentOnTheirParts() throws Exception {
        write("mk", key, new MockPart("file", ref, "one".getBytes()))
                .andExpect(status().isCreated()).andExpect(header().doesNotExist("Idempotency-Replayed"));
        write("mk", key, new MockPart("file", ref, "one".getBytes()))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotency-Replayed", "true"));
        write("mk", key, new MockPart("file", ref, "two".getBytes()))
                .andExpect(status().isUnprocessableContent());
        assertThat(rows(ref)).isEqualTo(1);
    }

    /** Sent as a part (a file in the mock request, too), as a servlet container presents uploads. */
    ResultActions write(String caller, String idempotencyKey, MockPart file) throws Exception {
        return mvc.perform(multipart("/api/test/files").part(file).header("Idempotency-Key", idempotencyKey)
                .with(authentication(new TestingAuthenticationToken(caller, null, "ROLE_MARKETPLACE"))).with(csrf()));
    }

    @Test
    void uploadOverTheContainersLimitIs413() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/test/files") {
            @Override
            public java.util.Collection<jakarta.servlet.http.Part> getParts() {
                throw new IllegalStateException("the request was rejected because its size exceeds the maximum");
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        request.addHeader("Idempotency-Key", key);
        MockHttpServletResponse response = new MockHttpServletResponse();
        var filter = new IdempotencyFilter(keys, new TransactionTemplate(transactions), problems, clock, Duration.ofMinutes(2));
        filter.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains(PROBLEMS + "content-too-large");
    }

    /**
     * The request failed because no connection came from the pool in time, and so did the release of its key: the key
     * is released in the background soon after, so that the client's retry runs instead of meeting 409 until the claim
     * is taken over two minutes later.
     */
    @Test
    void aKeyWhoseReleaseFoundNoConnectionIsReleasedSoonAfter() throws Exception {
        AtomicBoolean poolExhausted = new AtomicBoolean();
        IdempotencyKeys releasedOnlyWithAConnection = new IdempotencyKeys(jdbc) {
            @Override
            void release(Scope scope, String token) {
                if (poolExhausted.get()) {
                    throw ExhaustedPool.failureOfAQuery();
                }
                super.release(scope, token);
            }
        };
        var filter = new IdempotencyFilter(releasedOnlyWithAConnection, new TransactionTemplate(transactions), problems,
                clock, Duration.ofMinutes(2));
        RuntimeException noConnection = ExhaustedPool.failureOfATransaction();
        assertThatThrownBy(() -> filter.doFilter(rowsRequest(), new MockHttpServletResponse(), (request, response) -> {
            poolExhausted.set(true);
            throw noConnection;
        })).isSameAs(noConnection);
        Scope scope = scope("anonymous", key);
        assertThat(keys.find(scope)).as("claimed while the pool is exhausted").isPresent();

        poolExhausted.set(false);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (keys.find(scope).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(keys.find(scope)).as("released once a connection comes").isEmpty();
        MockHttpServletResponse retried = new MockHttpServletResponse();
        filter.doFilter(rowsRequest(), retried, (request, response) -> ((HttpServletResponse) response).setStatus(201));
        assertThat(retried.getStatus()).isEqualTo(201);
    }

    private MockHttpServletRequest rowsRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/test/rows");
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.setContent("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        request.addHeader("Idempotency-Key", key);
        return request;
    }

    @Test
    void requestsWithoutAKeyAreNotRemembered() throws Exception {
        mvc.perform(post("/api/test/echo").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"n\", \"amount\": 1, \"colour\": \"RED\"}")
                        .with(authentication(new TestingAuthenticationToken("mk", null, "ROLE_MARKETPLACE"))).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_keys WHERE request_path = '/api/test/echo'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void keysAreKeptSevenDaysThenForgotten() {
        Instant now = clock.instant();
        Scope old = scope("mk", key + "-old");
        Scope recent = scope("mk", key + "-recent");
        keys.claim(old, "h", now.minus(Duration.ofDays(7)).minusSeconds(60));
        keys.claim(recent, "h", now.minus(Duration.ofDays(7)).plusSeconds(3600));
        assertThat(retention.forgetExpiredKeys()).isGreaterThanOrEqualTo(1);
        assertThat(keys.find(old)).isEmpty();
        assertThat(keys.find(recent)).isPresent();
    }

    static Scope scope(String caller, String key) {
        return new Scope(RequestDigest.of(caller, "POST", "/api/test/rows", key), caller, "POST", "/api/test/rows", key);
    }
}
