package io.redress.aftersale;

import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what a {@link CaseCommand} finds wrong with its own fields, so that one 400 names them all. */
final class FieldCheck {

    private final List<InvalidField> errors = new ArrayList<>();

    private FieldCheck() {
    }

    static FieldCheck of(Long version) {
        FieldCheck check = new FieldCheck();
        if (version == null) {
            check.errors.add(new InvalidField("version", "is required: the case version the action is based on"));
        }
        return check;
    }

    FieldCheck text(String field, String value, boolean required) {
        if (value == null && required) {
            errors.add(new InvalidField(field, "is required"));
        } else if (value != null && value.isBlank()) {
            errors.add(new InvalidField(field, "must not be blank"));
        }
        return this;
    }

    FieldCheck add(String field, String message) {
        errors.add(new InvalidField(field, message));
        return this;
    }

    void done() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    static List<String> copy(List<String> values) {
        return values == null ? null : List.copyOf(values);
    }

    /** The given name/value pairs whose value is present, in order. */
    static Map<String, Object> present(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields;
    }
}
