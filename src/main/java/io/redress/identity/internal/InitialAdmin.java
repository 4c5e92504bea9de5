package io.redress.identity.internal;

import io.redress.identity.DemoAccount;
import io.redress.identity.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a production database, which has no demo accounts: created from
 * redress.auth.initial-admin.username / .password when no user exists yet, and never again.
 */
@Component
class InitialAdmin implements InitializingBean {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final Users users;
    private final String username;
    private final String password;

    InitialAdmin(Users users, @Value("${redress.auth.initial-admin.username:}") String username,
            @Value("${redress.auth.initial-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterPropertiesSet() {
        if (username.isBlank() || !users.isEmpty()) {
            return;
        }
        check(password);
        users.add(username.strip(), password, "Administrator", Set.of(Role.ADMIN), null, null);
        log.info("Created the initial administrator {}", username.strip());
    }

    static void check(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH || password.equals(DemoAccount.PASSWORD)) {
            throw new IllegalStateException("redress.auth.initial-admin.password must have at least "
                    + MIN_PASSWORD_LENGTH + " characters and not be the demo password");
        }
    }
}
