package io.redress.aftersale.internal;

import io.redress.aftersale.Case;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The system return address a silent seller's return goes to (docs/lifecycle.md): the address the shop's staff gave
 * most recently on agreeing to a return, else the platform's configured default. The shop bears the risk of an
 * address it did not confirm for this case.
 */
@Component
public class ReturnAddresses {

    private final JdbcClient jdbc;
    private final String platformDefault;

    ReturnAddresses(JdbcClient jdbc, @Value("${redress.cases.platform-return-address:}") String platformDefault) {
        this.jdbc = jdbc;
        this.platformDefault = platformDefault;
    }

    /** The system address for the shop's returns; empty when the shop never gave one and none is configured. */
    public Optional<Case.ReturnAddress> systemAddress(String shopId) {
        Optional<String> shops = jdbc.sql("SELECT return_address FROM after_sale_case WHERE shop_id = ?"
                        + " AND return_address_by_system = FALSE ORDER BY updated_at DESC, case_id LIMIT 1")
                .param(shopId).query(String.class).optional();
        return shops.or(() -> Optional.of(platformDefault).filter(a -> !a.isBlank()))
                .map(address -> new Case.ReturnAddress(address, true));
    }
}
