package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressIntegrationTest;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerExceptionResolver;

@RedressIntegrationTest
class UnhandledFailureFilterIntegrationTest {

    @Autowired
    @Qualifier("handlerExceptionResolver")
    HandlerExceptionResolver problems;

    MockHttpServletResponse run(String path, RuntimeException failure) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new UnhandledFailureFilter(problems).doFilter(new MockHttpServletRequest("POST", path), response,
                (request, ignored) -> {
                    throw new ServletException("filter failed", failure);
                });
        return response;
    }

    @Test
    void failureOfAFilterUnderApiIsA500Problem() throws Exception {
        MockHttpServletResponse response = run("/api/v1/orders", new IllegalStateException("pool exhausted at db-7"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("https://redress.dev/problems/internal-error", "correlationId")
                .doesNotContain("db-7");
    }

    @Test
    void aFilterThatGetsNoDatabaseConnectionIsA503WithRetryAfter() throws Exception {
        // the Idempotency-Key filter claims its key before the request reaches a controller
        MockHttpServletResponse response = run("/api/v1/cases", ExhaustedPool.failureOfAQuery());
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentAsString()).contains("https://redress.dev/problems/service-busy")
                .doesNotContain("Hikari");
    }

    @Test
    void failureOutsideTheApiIsLeftToTheContainer() {
        assertThatThrownBy(() -> run("/cases", new IllegalStateException("x"))).isInstanceOf(ServletException.class);
    }

    @Test
    void securityFailuresAreLeftToTheSecurityChain() {
        assertThatThrownBy(() -> run("/api/v1/orders", new AccessDeniedException("no")))
                .isInstanceOf(ServletException.class);
    }
}
