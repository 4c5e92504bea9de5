package io.redress;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context of tests that need the real servlet container (MockMvc bypasses Tomcat, so its request
 * line parsing, error pages and valves are only seen over a socket): a random port and an in-memory H2 database
 * of its own, so that the MockMvc context's tests do not change the state these tests compare. The token
 * signing secret is fixed so that tests can forge expired tokens.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:redress-server;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "redress.auth.signing-secret=" + RedressServerIntegrationTest.SIGNING_SECRET})
@ActiveProfiles("test")
public @interface RedressServerIntegrationTest {

    String SIGNING_SECRET = "server-tests-signing-secret-of-32-bytes-or-more";
}
