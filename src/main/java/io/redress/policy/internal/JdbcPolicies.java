package io.redress.policy.internal;

import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.PolicyChange;
import io.redress.policy.PolicyPublished;
import io.redress.policy.PolicyRules;
import io.redress.policy.PublicationGuard;
import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.Remembered;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Policy versions in the policy_version table, the rules stored as JSON. */
@Service
class JdbcPolicies implements Policies, InitializingBean {

    static final Duration NOTICE = Duration.ofDays(7);
    private static final String COLUMNS = "profile, version, effective_from, published_at, urgent, published_by, rules";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final String defaultProfile;
    private final Map<String, PolicyRules> parsed = new ConcurrentHashMap<>();
    private final Map<String, Policy> published = new ConcurrentHashMap<>();
    private final ObjectProvider<PublicationGuard> guards;

    /** When a version of a profile takes effect. */
    private record Effective(int version, Instant from) {
    }

    /**
     * Each profile's versions, newest first, remembered for {@code redress.policy.lookup-ttl}: a version published on
     * this node is seen at once, one published on another within that time (a non-urgent one takes effect a week
     * after it is published; an urgent one may apply that much later on the other nodes).
     */
    private final Remembered<String, List<Effective>> schedules;

    JdbcPolicies(JdbcClient jdbc, JsonMapper json, Clock clock,
            @Value("${redress.policy.default-profile:taobao}") String defaultProfile, ApplicationEventPublisher events,
            ObjectProvider<PublicationGuard> guards, @Value("${redress.policy.lookup-ttl:PT2S}") Duration lookupTtl) {
        this.schedules = new Remembered<>(lookupTtl);
        this.guards = guards;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.defaultProfile = defaultProfile;
    }

    /** The built-in profiles exist from the start and have always been in force. */
    @Override
    public void afterPropertiesSet() {
        seed("taobao", PolicyRules.taobao());
        seed("jd", PolicyRules.jd());
    }

    private void seed(String profile, PolicyRules rules) {
        if (!versions(profile).isEmpty()) {
            return;
        }
        try {
            insert(new Policy(profile, 1, Instant.EPOCH, clock.instant(), false, "redress defaults", rules));
        } catch (DuplicateKeyException anotherInstanceSeededIt) {
            // two instances starting together: the other one's row is as good as ours
        }
    }

    @Override
    public String defaultProfile() {
        return defaultProfile;
    }

    @Override
    public List<String> profiles() {
        return jdbc.sql("SELECT DISTINCT profile FROM policy_version ORDER BY profile").query(String.class).list();
    }

    @Override
    public Policy inForce(String profile, Instant at) {
        // a later publication supersedes an earlier one once it takes effect, even if that one starts later; only
        // the versions' numbers and start are read (and remembered), the version itself is kept once read (find)
        List<Effective> schedule = schedules.get(profile, this::schedule);
        if (schedule.isEmpty()) {
            schedules.forget(profile); // a profile published on another node is known as soon as it exists
        }
        return schedule.stream().filter(effective -> !effective.from().isAfter(at)).findFirst()
                .flatMap(effective -> find(profile, effective.version()))
                .orElseThrow(() -> new UnknownPolicy(profile, at));
    }

    private List<Effective> schedule(String profile) {
        return jdbc.sql("SELECT version, effective_from FROM policy_version WHERE profile = ? ORDER BY version DESC")
                .param(profile)
                .query((row, n) -> new Effective(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public Optional<Policy> find(String profile, int version) {
        // a published version never changes (there is no UPDATE of policy_version), so every node may keep it
        Policy known = published.get(profile + "/" + version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Policy> found = jdbc.sql("SELECT " + COLUMNS + " FROM policy_version WHERE profile = ? AND version = ?")
                .params(profile, version).query(this::policy).optional();
        found.ifPresent(policy -> published.put(profile + "/" + version, policy));
        return found;
    }

    @Override
    public List<Policy> versions(String profile) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM policy_version WHERE profile = ? ORDER BY version")
                .param(profile).query(this::policy).list();
    }

    @Override
    @Transactional
    public Policy publish(String profile, PolicyChange change, String publishedBy, String overrideReason) {
        // the database keeps microseconds; deciding on the stored values keeps checks and queries consistent
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Policy> existing = versions(profile);
        PolicyRules base = existing.isEmpty() ? inForce(defaultProfile, now).rules() : existing.get(existing.size() - 1).rules();
        Instant effectiveFrom = change.effectiveFrom() != null ? change.effectiveFrom().truncatedTo(ChronoUnit.MICROS)
                : change.isUrgent() ? now : null;
        if (effectiveFrom == null) {
            throw new PolicyRejected("effectiveFrom is required unless the change is urgent");
        }
        if (effectiveFrom.isBefore(now)) {
            throw new PolicyRejected("a policy cannot take effect before it is published (" + now + ")");
        }
        if (!existing.isEmpty() && !change.isUrgent() && effectiveFrom.isBefore(now.plus(NOTICE))) {
            throw new PolicyRejected("a policy change takes effect no earlier than 7 days after publication ("
                    + now.plus(NOTICE) + ") unless it is urgent");
        }
        Policy policy = new Policy(profile, existing.size() + 1, effectiveFrom, now, change.isUrgent(), publishedBy,
                merged(base, change));
        guards.orderedStream().forEach(guard -> guard.check(profile, policy.rules(), overrideReason, publishedBy));
        try {
            insert(policy);
        } catch (DuplicateKeyException concurrentPublication) {
            throw new PolicyRejected("another version of '" + profile + "' was published at the same time; retry");
        }
        events.publishEvent(new PolicyPublished(profile, policy.version(), effectiveFrom, now, policy.urgent(), publishedBy,
                json.writeValueAsString(policy.rules())));
        return policy;
    }

    private static PolicyRules merged(PolicyRules base, PolicyChange change) {
        try {
            return PolicyMerge.apply(base, change);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest("categoryOverrides", "every category needs a map of timer settings");
        }
    }

    private void insert(Policy policy) {
        schedules.forget(policy.profile());
        jdbc.sql("INSERT INTO policy_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(policy.profile(), policy.version(), policy.effectiveFrom().atOffset(ZoneOffset.UTC),
                        policy.publishedAt().atOffset(ZoneOffset.UTC), policy.urgent(), policy.publishedBy(),
                        json.writeValueAsString(policy.rules()))
                .update();
    }

    private Policy policy(ResultSet row, int n) throws SQLException {
        String profile = row.getString("profile");
        int version = row.getInt("version");
        PolicyRules rules = parsed.computeIfAbsent(profile + "/" + version,
                key -> json.readValue(text(row), PolicyRules.class));
        return new Policy(profile, version, row.getObject("effective_from", OffsetDateTime.class).toInstant(),
                row.getObject("published_at", OffsetDateTime.class).toInstant(), row.getBoolean("urgent"),
                row.getString("published_by"), rules);
    }

    private static String text(ResultSet row) {
        try {
            return row.getString("rules");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
