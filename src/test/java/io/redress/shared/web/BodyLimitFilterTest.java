package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerExceptionResolver;

class BodyLimitFilterTest {

    final AtomicReference<Exception> resolved = new AtomicReference<>();
    final HandlerExceptionResolver problems = (request, response, handler, ex) -> {
        resolved.set(ex);
        response.setStatus(413);
        return new org.springframework.web.servlet.ModelAndView();
    };
    final BodyLimitFilter filter = new BodyLimitFilter(DataSize.ofBytes(100), problems);

    /** A chunked request: the client announces no length. */
    static MockHttpServletRequest chunked(int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/orders") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContentType("application/json");
        request.setContent("x".repeat(size).getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void chunkedBodyOverTheLimitIsRefused() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(chunked(101), response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
        assertThat(resolved.get()).isNotNull();
    }

    @Test
    void bodyWithoutAnyLengthHeaderIsHeldToTheLimitToo() throws Exception {
        MockHttpServletRequest request = chunked(101);
        request.removeHeader("Transfer-Encoding");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void chunkedBodyWithinTheLimitIsPassedOnWhole() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(chunked(100), new MockHttpServletResponse(), chain);
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed.getInputStream().readAllBytes()).hasSize(100);
    }

    @Test
    void announcedLengthOverTheLimitIsRefusedWithoutReading() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/orders");
        request.setContentType("application/json");
        request.setContent(new byte[101]);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void formPostsAreLeftToTheContainer() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent(new byte[500]);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
