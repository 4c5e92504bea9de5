package io.redress.identity.internal;

import io.redress.shared.Remembered;
import io.redress.identity.AccountChanged;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The built-in users: who they are, their password hash, their roles and what they are bound to. */
@Component
public class Users {

    /** A user as stored; the hash is bcrypt. */
    public record User(String username, String passwordHash, String displayName, String buyerId, String shopId,
            boolean enabled, Set<Role> roles) {

        Caller caller() {
            return new Caller(username, roles, buyerId, shopId);
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwords;
    private final Clock clock;
    // Compared against when the user is unknown, so that a wrong name costs as long as a wrong password.
    private final String decoyHash;
    // asked on every request with a Redress token
    private final Remembered<String, Boolean> enabled;

    Users(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events,
            @Value("${redress.auth.lookup-ttl:PT2S}") Duration lookupTtl) {
        this.jdbc = jdbc;
        this.events = events;
        this.enabled = new Remembered<>(lookupTtl);
        this.passwords = passwords;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-never-matches");
    }

    /**
     * The caller these credentials belong to, if they are right and the user is enabled. Sign-ins go through
     * {@link SignInThrottle}, which counts the attempt before it gets here.
     */
    Optional<Caller> authenticate(String username, String password) {
        Optional<User> user = find(username);
        if (user.isEmpty() || password == null) {
            passwords.matches(password == null ? "" : password, decoyHash);
            return Optional.empty();
        }
        boolean matches = passwords.matches(password, user.get().passwordHash());
        return matches && user.get().enabled() ? Optional.of(user.get().caller()) : Optional.empty();
    }

    public Optional<User> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        // the roles are read after the user's row is, not while its result is open: outside a transaction that would
        // take a second pooled connection while the first is held
        return jdbc.sql("""
                SELECT username, password_hash, display_name, buyer_id, shop_id, enabled
                FROM identity_user WHERE username = ?""")
                .param(username)
                .query((rs, n) -> new User(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), Set.of()))
                .optional()
                .map(user -> new User(user.username(), user.passwordHash(), user.displayName(), user.buyerId(),
                        user.shopId(), user.enabled(), rolesOf(user.username())));
    }

    public List<User> all() {
        return jdbc.sql("SELECT username FROM identity_user ORDER BY username")
                .query(String.class).list().stream()
                .map(name -> find(name).orElseThrow())
                .toList();
    }

    /** Enables or disables a user; false when there is no such user. */
    @Transactional
    public boolean setEnabled(String username, boolean enabled) {
        boolean found = jdbc.sql("UPDATE identity_user SET enabled = ? WHERE username = ?").params(enabled, username)
                .update() == 1;
        this.enabled.forget(username);
        if (found) {
            events.publishEvent(new AccountChanged("user:" + username,
                    enabled ? AccountChanged.Change.USER_ENABLED : AccountChanged.Change.USER_DISABLED, List.of(), null));
        }
        return found;
    }

    /**
     * Whether the user exists and may sign in; asked on every request with a Redress token, so the answer is
     * remembered for {@code redress.auth.lookup-ttl}: a user disabled on this node is refused at once, on another
     * node within that time.
     */
    public boolean isEnabled(String username) {
        return enabled.get(username, name -> jdbc.sql("SELECT enabled FROM identity_user WHERE username = ?")
                .param(name).query(Boolean.class).optional().orElse(false));
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM identity_user").query(Long.class).single() == 0;
    }

    @Transactional
    public void add(String username, String password, String displayName, Set<Role> roles, String buyerId,
            String shopId) {
        jdbc.sql("""
                INSERT INTO identity_user (username, password_hash, display_name, buyer_id, shop_id, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?)""")
                .params(username, passwords.encode(password), displayName, buyerId, shopId, OffsetDateTime.now(clock))
                .update();
        enabled.forget(username);
        for (Role role : roles) {
            jdbc.sql("INSERT INTO identity_user_role (username, role_name) VALUES (?, ?)")
                    .params(username, role.name())
                    .update();
        }
        events.publishEvent(new AccountChanged("user:" + username, AccountChanged.Change.USER_CREATED,
                roles.stream().sorted().toList(), shopId != null ? "shop " + shopId : buyerId != null ? "buyer " + buyerId : null));
    }

    private Set<Role> rolesOf(String username) {
        List<String> names = jdbc.sql("SELECT role_name FROM identity_user_role WHERE username = ?")
                .param(username).query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }
}
