package io.redress.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    static SignInProperties trusting(String... proxies) {
        return new SignInProperties(Duration.ofMinutes(15), 10, 5, Duration.ofSeconds(30), Duration.ofDays(30),
                List.of(proxies));
    }

    static MockHttpServletRequest from(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void forwardedForIsIgnoredByDefault() {
        assertThat(new ClientAddresses(trusting()).of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
        ClientAddresses addresses = new ClientAddresses(trusting("10.0.0.1", "10.0.0.2"));
        // the leftmost hop is whatever the client wrote; the proxies appended the real one
        assertThat(addresses.of(from("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.0.0.1"))).isEqualTo("198.51.100.9");
        assertThat(addresses.of(from("10.0.0.1", null))).isEqualTo("10.0.0.1");
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsNotBelieved() {
        ClientAddresses addresses = new ClientAddresses(trusting("10.0.0.1"));
        assertThat(addresses.of(from("203.0.113.7", "10.0.0.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalk() {
        ClientAddresses addresses = new ClientAddresses(trusting("10.0.0.1"));
        assertThat(addresses.of(from("10.0.0.1", "198.51.100.9, <script>"))).isEqualTo("10.0.0.1");
    }

    @Test
    void theAccountDelayDoublesUpToItsCap() {
        SignInProperties limits = trusting();
        assertThat(List.of(1, 2, 3, 5, 6, 40).stream().map(limits::accountDelay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 16L, 30L, 30L);
    }
}
