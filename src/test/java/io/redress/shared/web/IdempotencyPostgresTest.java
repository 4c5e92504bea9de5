package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.redress.RedressPostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

@RedressPostgresTest
class IdempotencyPostgresTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentRequestsWithOneKeyHaveOneBusinessEffect() throws Exception {
        String ref = "pg-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = "{\"ref\": \"" + ref + "\", \"fail\": false, \"loseClaim\": false, \"sleepMillis\": 300}";
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        Callable<MockHttpServletResponse> send = () -> {
            start.await();
            return mvc.perform(post("/api/test/rows").contentType(MediaType.APPLICATION_JSON).content(body)
                    .header("Idempotency-Key", key)
                    .with(authentication(new TestingAuthenticationToken("mk", null, "ROLE_MARKETPLACE"))).with(csrf()))
                    .andReturn().getResponse();
        };
        for (int i = 0; i < threads; i++) {
            answers.add(pool.submit(send));
        }
        start.countDown();
        int fresh = 0;
        int refused = 0;
        for (Future<MockHttpServletResponse> answer : answers) {
            MockHttpServletResponse response = answer.get();
            if (response.getStatus() == 201 && response.getHeader("Idempotency-Replayed") == null) {
                fresh++;
            } else if (response.getStatus() == 409) {
                refused++;
            } else {
                assertThat(response.getStatus()).isEqualTo(201);
                assertThat(response.getHeader("Idempotency-Replayed")).isEqualTo("true");
            }
        }
        pool.shutdown();
        assertThat(fresh).isEqualTo(1);
        assertThat(refused).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM redress_info WHERE name = ?").param(ref).query(Long.class).single())
                .isEqualTo(1);
        MockHttpServletResponse later = send.call();
        assertThat(later.getHeader("Idempotency-Replayed")).isEqualTo("true");
    }
}
