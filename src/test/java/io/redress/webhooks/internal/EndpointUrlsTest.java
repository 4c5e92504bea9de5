package io.redress.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointUrlsTest {

    private final EndpointUrls production = new EndpointUrls(false);
    private final EndpointUrls demo = new EndpointUrls(true);

    @Test
    void outsideDemoOnlyHttpsToPublicAddresses() {
        assertThat(production.refusal("https://93.184.215.14/hooks")).isEmpty();
        assertThat(production.refusal("http://93.184.215.14/hooks")).contains("must be an https URL");
        for (String inward : new String[] {"https://127.0.0.1/x", "https://localhost/x", "https://10.1.2.3/x",
                "https://192.168.0.5/x", "https://172.16.0.1/x", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/x", "https://[fd00::1]/x", "https://0.0.0.0/x", "https://100.64.0.1/x"}) {
            assertThat(production.refusal(inward)).as(inward).contains("must not point to a loopback, private or link-local address");
        }
    }

    @Test
    void alwaysAnAbsoluteUrlWithoutUserInfoOrFragment() {
        assertThat(demo.refusal("http://127.0.0.1:8080/x")).isEmpty();
        assertThat(demo.refusal("ftp://example.com/x")).isPresent();
        assertThat(demo.refusal("https://user:pw@example.com/x")).isPresent();
        assertThat(demo.refusal("https://example.com/x#frag")).isPresent();
        assertThat(demo.refusal("not a url")).isPresent();
        assertThat(demo.refusal("")).contains("is required");
    }
}
