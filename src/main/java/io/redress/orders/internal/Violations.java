package io.redress.orders.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** Collects what is wrong with a submission, field by field, so that one answer names every problem. */
final class Violations {

    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final List<InvalidOrder.FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new InvalidOrder.FieldError(field, message));
    }

    List<InvalidOrder.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws with the given status when anything was found. */
    void throwIfAny(HttpStatus status) {
        if (!errors.isEmpty()) {
            throw new InvalidOrder(status, errors);
        }
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
