package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ConnectionPoolSizeTest {

    @Test
    void twiceTheProcessorsAndAtLeastFour() {
        assertThat(ConnectionPoolSize.forProcessors(1)).isEqualTo(4);
        assertThat(ConnectionPoolSize.forProcessors(2)).isEqualTo(4);
        assertThat(ConnectionPoolSize.forProcessors(8)).isEqualTo(16);
    }

    @Test
    void aPoolOfOneConnectionIsRefusedAtStartSayingWhy() {
        assertThatThrownBy(() -> postProcess(Map.of("REDRESS_DB_POOL_SIZE", "1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 2").hasMessageContaining("REDRESS_DB_POOL_SIZE")
                .hasMessageContaining("is 1");
        assertThatThrownBy(() -> postProcess(Map.of(ConnectionPoolSize.SIZE, "0")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is 0");
    }

    @Test
    void twoConnectionsAndTheDefaultStart() {
        assertThat(postProcess(Map.of("REDRESS_DB_POOL_SIZE", "2")).getProperty(ConnectionPoolSize.SIZE, Integer.class))
                .isEqualTo(2);
        assertThat(postProcess(Map.of()).getProperty(ConnectionPoolSize.SIZE, Integer.class))
                .isEqualTo(ConnectionPoolSize.forProcessors(Runtime.getRuntime().availableProcessors()));
    }

    /** The environment as application.yml sets it up: the pool's size from REDRESS_DB_POOL_SIZE, else the default. */
    private static StandardEnvironment postProcess(Map<String, Object> set) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("set", set));
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(ConnectionPoolSize.SIZE,
                "${REDRESS_DB_POOL_SIZE:${redress.db.pool-size:10}}")));
        new ConnectionPoolSize().postProcessEnvironment(environment, null);
        return environment;
    }
}
