package io.redress.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The shops of the marketplace that seller staff work for. */
@Component
public class Shops {

    private final JdbcClient jdbc;

    Shops(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String shopId, String name) {
        jdbc.sql("INSERT INTO identity_shop (shop_id, name) VALUES (?, ?)").params(shopId, name).update();
    }

    /** A shop: its id and its name. */
    public record Shop(String shopId, String name) {
    }

    public List<Shop> all() {
        return jdbc.sql("SELECT shop_id, name FROM identity_shop ORDER BY shop_id")
                .query((rs, n) -> new Shop(rs.getString(1), rs.getString(2))).list();
    }

    public Optional<String> name(String shopId) {
        return jdbc.sql("SELECT name FROM identity_shop WHERE shop_id = ?").param(shopId).query(String.class).optional();
    }
}
