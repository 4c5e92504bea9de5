package io.redress;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The Spring context of the PostgreSQL tests, on a fresh database of the test server (see
 * {@link FreshPostgresDatabase}). The context is cached, so every class with this annotation shares it and its
 * database within one test JVM: a test makes its own orders and cases under new ids and never expects empty
 * tables. These tests are tagged "postgres" and run in their own Surefire execution.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
public @interface RedressPostgresTest {
}
