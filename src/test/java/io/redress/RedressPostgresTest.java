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
 * The Spring context of the PostgreSQL tests, on a fresh database of the local server
 * (see {@link FreshPostgresDatabase}). These tests are tagged "postgres" and run in their own Surefire execution.
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
