package io.redress.simulation;

import io.redress.policy.PolicyRules;
import io.redress.shared.InvalidRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code --policy} and {@code --against} name: {@code profile@version} from a policy store, or the path of a
 * policy file (a version's rules as JSON or YAML, the shape the policy API shows), e.g. a draft not published yet.
 */
public final class PolicyRefs {

    private static final Pattern VERSION = Pattern.compile("([a-z0-9][a-z0-9_-]{0,31})@([1-9][0-9]{0,8})");

    private PolicyRefs() {
    }

    /** Whether {@code ref} has the form {@code profile@version}. */
    public static Optional<Matcher> version(String ref) {
        Matcher m = VERSION.matcher(ref);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /** A policy file's rules; 400 naming {@code field} when it cannot be read. */
    public static PolicyRules file(Path path, String field) {
        try {
            return ScenarioFiles.read(Files.readString(path, StandardCharsets.UTF_8), PolicyRules.class, field);
        } catch (IOException e) {
            throw new InvalidRequest(field, "cannot read " + path + ": " + e.getMessage());
        }
    }

    /**
     * {@code profile@version} from the policy_version table of the database at {@code jdbcUrl} (the application's own
     * store, read only); the built-in first versions ({@code taobao@1}, {@code jd@1}) are known without one.
     */
    public static SimulatedPolicy resolve(String ref, String jdbcUrl, String user, String password) {
        Path path = Path.of(ref);
        if (Files.isRegularFile(path)) {
            return new SimulatedPolicy(path.getFileName().toString(), file(path, ref));
        }
        Matcher m = version(ref).orElseThrow(() -> new InvalidRequest("policy",
                ref + " is neither profile@version nor a readable policy file"));
        String profile = m.group(1);
        int version = Integer.parseInt(m.group(2));
        Optional<String> stored = jdbcUrl == null ? Optional.empty() : stored(jdbcUrl, user, password, profile, version);
        if (stored.isPresent()) {
            return new SimulatedPolicy(ref, ScenarioFiles.read(stored.get(), PolicyRules.class, ref));
        }
        if (version == 1 && profile.equals("taobao")) {
            return new SimulatedPolicy(ref, PolicyRules.taobao());
        }
        if (version == 1 && profile.equals("jd")) {
            return new SimulatedPolicy(ref, PolicyRules.jd());
        }
        throw new InvalidRequest("policy", ref + " is not in the policy store" + (jdbcUrl == null ? "" : " at " + jdbcUrl));
    }

    private static Optional<String> stored(String jdbcUrl, String user, String password, String profile, int version) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement select = connection.prepareStatement(
                        "SELECT rules FROM policy_version WHERE profile = ? AND version = ?")) {
            connection.setReadOnly(true);
            select.setString(1, profile);
            select.setInt(2, version);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new InvalidRequest("store", "cannot read the policy store at " + jdbcUrl + ": " + e.getMessage());
        }
    }
}
