package io.redress.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.budget.Statements;
import io.redress.identity.internal.Users;
import io.redress.orders.Callers;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Sign-in throttling with its defaults: 10 attempts per client address in 15 minutes; 5 per account, then a wait
 * of 1 s, 2 s, 4 s ... at most 30 s between attempts from addresses the account never signed in from.
 */
@RedressIntegrationTest
class SignInThrottleIntegrationTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final String PASSWORD = "a-real-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Users users;

    @Test
    void aClientIsStoppedAfterTenAttemptsEvenWithTheRightPassword() throws Exception {
        String client = address();
        for (int i = 0; i < 10; i++) {
            token("nobody-" + UUID.randomUUID(), "guess", client).andExpect(status().isUnauthorized());
        }
        String retryAfter = token("buyer1", "demo", client)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.type").value("https://redress.dev/problems/too-many-requests"))
                .andReturn().getResponse().getHeader("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 900L);
        token("buyer1", "demo", address()).andExpect(status().isOk());
    }

    /**
     * A sign-in holds one pooled connection at a time: its counters commit on their own before the transaction of
     * its SignedIn event begins, not inside it, so sign-ins at once cannot take the pool and wait for each other.
     */
    @Test
    void aSignInHoldsOneConnectionAtATime() throws Exception {
        String owner = user();
        Statements.Recording recording = Statements.onThisThread();
        token(owner, PASSWORD, address()).andExpect(status().isOk());
        Statements.Tally tally = recording.stop();
        assertThat(tally.statements()).as("the sign-in's statements were recorded").isPositive();
        assertThat(tally.secondConnections()).as(tally.toString()).isEmpty();
    }

    @Test
    void guessesFromManyAddressesNeverLockTheOwnerOut() throws Exception {
        String owner = user();
        String ownersDevice = address();
        token(owner, PASSWORD, ownersDevice).andExpect(status().isOk());
        guessUntilTheAccountWaitsLong(owner);
        String retryAfter = token(owner, "one-more-guess", address())
                .andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getHeader("Retry-After");
        assertThat(Long.parseLong(retryAfter)).as("a wait of seconds, not a lockout").isBetween(1L, 30L);

        token(owner, PASSWORD, ownersDevice).andExpect(status().isOk());
    }

    @Test
    void theOwnerOnANewDeviceWaitsSecondsNotMinutes() throws Exception {
        String owner = user();
        guessUntilTheAccountWaitsLong(owner);
        String newDevice = address();
        String retryAfter = token(owner, PASSWORD, newDevice).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getHeader("Retry-After");
        advanceClockBy(Long.parseLong(retryAfter));

        token(owner, PASSWORD, newDevice).andExpect(status().isOk());
    }

    @Test
    void attemptsAreCountedInTheDatabaseSoEveryInstanceSeesThem() throws Exception {
        String client = address();
        token("nobody-" + UUID.randomUUID(), "guess", client).andExpect(status().isUnauthorized());
        token("nobody-" + UUID.randomUUID(), "guess", client).andExpect(status().isUnauthorized());
        assertThat(attempts("client:" + client)).isEqualTo(2);

        // another instance's count: a row this one never wrote blocks the client here too
        String elsewhere = address();
        jdbc.sql("INSERT INTO identity_sign_in_throttle (throttle_key, attempts, window_started_at, next_attempt_at)"
                        + " VALUES (?, 10, ?, ?)")
                .params("client:" + elsewhere, OffsetDateTime.now(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        token("buyer1", "demo", elsewhere).andExpect(status().isTooManyRequests());
    }

    @Test
    void theConsoleLoginCountsWithTheTokenEndpoint() throws Exception {
        String client = address();
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/login").with(csrf()).with(from(client))
                            .param("username", "nobody-" + UUID.randomUUID()).param("password", "wrong"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from(client)).param("username", "buyer1").param("password", "demo"))
                .andExpect(redirectedUrlPattern("/login?throttled=*"))
                .andExpect(header().exists("Retry-After"));
        token("buyer1", "demo", client).andExpect(status().isTooManyRequests());
        mvc.perform(get("/login").param("throttled", "42").param("lang", "en"))
                .andExpect(content().string(containsString("Try again in 42 seconds.")));
    }

    @Test
    void anIdempotencyKeyNeitherStoresTheTokenNorUndoesTheCount() throws Exception {
        String client = address();
        String key = "sign-in-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            token("buyer1", "demo", client, key).andExpect(status().isOk())
                    .andExpect(header().doesNotExist("Idempotency-Replayed"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = ?").param(key)
                .query(Long.class).single()).isZero();

        for (int i = 0; i < 10; i++) {
            token("nobody-" + UUID.randomUUID(), "guess", client, key + i).andExpect(status().isUnauthorized());
        }
        token("buyer1", "demo", client, key + "-last").andExpect(status().isTooManyRequests());
    }

    private ResultActions token(String username, String password, String client, String... idempotencyKey)
            throws Exception {
        var request = post("/api/v1/auth/token").with(from(client)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        for (String key : idempotencyKey) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private String user() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 12);
        users.add(name, PASSWORD, name, Set.of(Role.BUYER), "b-" + name, null);
        return name;
    }

    private int attempts(String key) {
        return jdbc.sql("SELECT attempts FROM identity_sign_in_throttle WHERE throttle_key = ?").param(key)
                .query(Integer.class).single();
    }

    /**
     * Guesses at the account from ever new addresses, each let through when the account's wait has passed (the
     * clock is moved on over a wait), until a guess let through after ten attempts has set a wait of 16 s or more:
     * a request right after it meets that wait however slowly this machine runs.
     */
    private void guessUntilTheAccountWaitsLong(String owner) throws Exception {
        for (int attempt = 1; attempt <= 40; attempt++) {
            var response = token(owner, "guess-" + attempt, address()).andReturn().getResponse();
            if (response.getStatus() == 429) {
                advanceClockBy(Long.parseLong(response.getHeader("Retry-After")));
            } else {
                assertThat(response.getStatus()).isEqualTo(401);
                if (attempt >= 10) {
                    return;
                }
            }
        }
        throw new AssertionError("the guesses were never let through");
    }

    private void advanceClockBy(long seconds) throws Exception {
        mvc.perform(post("/api/v1/admin/clock/advance").with(Callers.staff(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"duration\": \"PT" + seconds + "S\"}"))
                .andExpect(status().isOk());
    }

    /** A client address no other test uses. */
    private static String address() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "10.77." + (n / 256) + "." + (n % 256);
    }
}
