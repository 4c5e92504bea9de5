package io.redress.audit;

import io.redress.shared.RecordComponents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One business fact as the audit trail records it. {@code fact} names its type ("case.transitioned"), {@code subject}
 * what it is about ("case:C-1"); actor and role are filled from the signed-in caller when left null. Before, after
 * and details hold plain values only (see {@link #plain(Object)}).
 */
public record AuditFact(String fact, String subject, String actor, String role, String reason, String comment,
        Map<String, Object> before, Map<String, Object> after, String ruleVersion, Map<String, Object> details) {

    /**
     * A fact carrying every component of {@code event} (a record) as its details: what makes a new fact type a
     * one-line listener, {@code trail.record(AuditFact.of("ruling.made", "case:" + e.caseId(), e))}.
     */
    public static AuditFact of(String fact, String subject, Record event) {
        return new AuditFact(fact, subject, null, null, null, null, null, null, null, components(event));
    }

    public AuditFact withActor(String actor, String role) {
        return new AuditFact(fact, subject, actor, role, reason, comment, before, after, ruleVersion, details);
    }

    public AuditFact withReason(String reason, String comment) {
        return new AuditFact(fact, subject, actor, role, reason, comment, before, after, ruleVersion, details);
    }

    public AuditFact withStates(Map<String, Object> before, Map<String, Object> after, String ruleVersion) {
        return new AuditFact(fact, subject, actor, role, reason, comment, before, after, ruleVersion, details);
    }

    /** The components of a record as plain values, in declaration order. */
    public static Map<String, Object> components(Record event) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponents.Component component : RecordComponents.of(event)) {
            values.put(component.name(), plain(component.valueIn(event)));
        }
        return values;
    }

    /**
     * A value as canonical JSON can hold it: strings, integers, booleans, lists and maps stay; enums become their
     * name, records a map of their components, anything else (instants, currencies, durations) its string.
     */
    public static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Record r) {
            return components(r);
        }
        if (value instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            c.forEach(v -> list.add(plain(v)));
            return list;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, v) -> map.put(String.valueOf(plain(k)), plain(v)));
            return map;
        }
        if (value instanceof Short s) {
            return (int) s;
        }
        return value.toString();
    }
}
