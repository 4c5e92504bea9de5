package io.redress.audit.refunds;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored scopes of auditors (auditor_scope): set by an admin, read on every refund-audit and export request. */
@Service
public class AuditorScopes {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditorScopes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The auditor's scope; unlimited when none was set. */
    public AuditorScope of(String username) {
        return find(username).orElse(AuditorScope.unlimited(username));
    }

    public Optional<AuditorScope> find(String username) {
        return jdbc.sql("SELECT shops, from_day, to_day FROM auditor_scope WHERE username = ?").param(username)
                .query((rs, n) -> new AuditorScope(username, split(rs.getString(1)), day(rs.getDate(2)),
                        day(rs.getDate(3))))
                .optional();
    }

    /** Sets (or, with no shops and no days, removes) the scope of {@code username}. */
    @Transactional
    public AuditorScope set(AuditorScope scope, String admin) {
        jdbc.sql("DELETE FROM auditor_scope WHERE username = ?").param(scope.username()).update();
        if (scope.limited()) {
            jdbc.sql("INSERT INTO auditor_scope (username, shops, from_day, to_day, set_by, set_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(scope.username(), scope.shops().isEmpty() ? null : String.join(",", scope.shops().stream()
                            .sorted().toList()), scope.from(), scope.to(), admin,
                            clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        }
        return scope;
    }

    private static Set<String> split(String shops) {
        return shops == null || shops.isBlank() ? Set.of()
                : Arrays.stream(shops.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
