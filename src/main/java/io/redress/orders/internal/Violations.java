package io.redress.orders.internal;

import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.MinorUnits;
import io.redress.shared.ProblemType;
import io.redress.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with a submission, field by field, so that one answer names every problem:
 * 400 for a field that is missing or malformed on its own, 422 for fields that contradict each other.
 */
final class Violations {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    static final ProblemType INCONSISTENT_ORDER = new ProblemType("inconsistent-order");

    private final List<InvalidField> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new InvalidField(field, message));
    }

    /** 400 naming every field found malformed. */
    void throwIfMalformed() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /** 422 naming every field found to contradict another. */
    void throwIfInconsistent() {
        if (!errors.isEmpty()) {
            throw inconsistent();
        }
    }

    RuleViolation inconsistent() {
        String detail = errors.get(0).field() + ": " + errors.get(0).message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
        return new RuleViolation(INCONSISTENT_ORDER, detail).with("errors", List.copyOf(errors));
    }

    boolean present(String field, Object value) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    void text(String field, String value, boolean required, int maxLength) {
        if (value == null) {
            if (required) {
                add(field, "is required");
            }
        } else if (value.isBlank()) {
            add(field, "must not be blank");
        } else if (value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        }
    }

    void orderId(String field, String value) {
        if (present(field, value) && !ORDER_ID.matcher(value).matches()) {
            add(field, "must be 1 to 64 letters, digits or . _ : - and start with a letter or digit");
        }
    }

    void notNegative(String field, Long value, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "is required");
            }
        } else if (value < 0) {
            add(field, "must not be negative");
        } else if (value > MinorUnits.MAX) {
            add(field, "must be at most " + MinorUnits.MAX + " minor units");
        }
    }

    /** An amount that means nothing at zero, such as a payment: from 1 to the amount range. */
    void positive(String field, Long value) {
        notNegative(field, value, true);
        if (value != null && value == 0) {
            add(field, "must be at least 1 minor unit");
        }
    }

    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        add(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }
}
