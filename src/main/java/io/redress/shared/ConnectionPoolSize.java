package io.redress.shared;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The database connection pool's default size, {@code redress.db.pool-size}: twice the processors this JVM sees, at
 * least {@value #AT_LEAST} (HikariCP's own sizing rule, for a database with as many cores as the application). More
 * connections than the database can run at once only queue inside it: on two cores, 4 connections opened cases 12 %
 * faster than Hikari's default of 10 (docs/performance.md, "A pool the size of the machine"). The lowest-precedence
 * property source, so {@code REDRESS_DB_POOL_SIZE} or {@code spring.datasource.hikari.maximum-pool-size} set anywhere
 * wins.
 */
public final class ConnectionPoolSize implements EnvironmentPostProcessor {

    static final int AT_LEAST = 4;

    /**
     * The smallest pool the application starts with: the schema migration at start holds one connection for its lock
     * and migrates on a second, so a pool of one waits for itself until its timeout and the start fails on a pool
     * error instead of saying why.
     */
    static final int MINIMUM = 2;

    static final String SIZE = "spring.datasource.hikari.maximum-pool-size";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("redress-pool-size",
                Map.of("redress.db.pool-size", forProcessors(Runtime.getRuntime().availableProcessors()))));
        refuseTooSmall(environment);
    }

    static void refuseTooSmall(ConfigurableEnvironment environment) {
        Integer size = environment.getProperty(SIZE, Integer.class);
        if (size != null && size < MINIMUM) {
            throw new IllegalStateException("The database connection pool needs at least " + MINIMUM
                    + " connections (REDRESS_DB_POOL_SIZE or " + SIZE + " is " + size + "): the schema migration at"
                    + " start holds one for its lock and migrates on another");
        }
    }

    static int forProcessors(int processors) {
        return Math.max(AT_LEAST, 2 * processors);
    }
}
