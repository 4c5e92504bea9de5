package io.redress.simulation;

import io.redress.shared.InvalidRequest;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Scenarios and policies as text: YAML or JSON (JSON is YAML), durations ISO-8601 ({@code PT12H}). */
public final class ScenarioFiles {

    /** The mapper of scenario, policy and report files: ISO dates and durations, map keys sorted, unknown fields refused. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ScenarioFiles() {
    }

    /** Reads a scenario; 400 naming what is wrong. */
    public static Scenario scenario(String text) {
        return read(text, Scenario.class, "scenario");
    }

    /** Reads YAML or JSON text into {@code type}; 400 naming {@code field} when it does not fit. */
    public static <T> T read(String text, Class<T> type, String field) {
        Object tree;
        try {
            tree = yaml().load(text);
        } catch (RuntimeException e) {
            throw new InvalidRequest(field, "is neither YAML nor JSON: " + firstLine(e.getMessage()));
        }
        if (!(tree instanceof Map)) {
            throw new InvalidRequest(field, "must be a YAML or JSON object");
        }
        try {
            return JSON.convertValue(tree, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidRequest(field, firstLine(e.getMessage()));
        }
    }

    /** YAML without implicit timestamps: dates stay text, read as ISO-8601 with their offset. */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        Resolver noTimestamps = new Resolver() {
            @Override
            public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first) {
                if (!Tag.TIMESTAMP.equals(tag)) {
                    super.addImplicitResolver(tag, regexp, first);
                }
            }

            @Override
            public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
                if (!Tag.TIMESTAMP.equals(tag)) {
                    super.addImplicitResolver(tag, regexp, first, limit);
                }
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                noTimestamps);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
