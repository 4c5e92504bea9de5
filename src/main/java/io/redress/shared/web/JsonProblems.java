package io.redress.shared.web;

import io.redress.shared.InvalidField;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns a Jackson failure to read a request body into the field it concerns and a message a client understands. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The field error for a body Jackson could not bind, or empty when the JSON itself is malformed. */
    static Optional<InvalidField> fieldError(Throwable failure) {
        JacksonException jackson = find(failure);
        Optional<InvalidField> duplicate = duplicate(jackson);
        if (duplicate.isPresent()) {
            return duplicate;
        }
        if (jackson == null || jackson.getPath().isEmpty() && !(jackson instanceof MismatchedInputException)
                || String.valueOf(jackson.getOriginalMessage()).startsWith("Trailing token")) {
            return Optional.empty();
        }
        String field = path(jackson);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return Optional.of(new InvalidField(field, "is not a known field" + known(unknown.getKnownPropertyIds())));
        }
        if (jackson instanceof InputCoercionException) {
            return Optional.of(new InvalidField(field, "is out of range"));
        }
        if (jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
            return Optional.empty();
        }
        if (jackson instanceof InvalidNullException || isMissing(jackson)) {
            return Optional.of(new InvalidField(field, "is required"));
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return Optional.of(new InvalidField(field, expected(mismatch.getTargetType())));
        }
        return Optional.of(new InvalidField(field, "has the wrong type"));
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("^Duplicate .*?['\"](.+?)['\"]");

    /** A property given twice: the parser names it in its message only, relative to the object it is in. */
    private static Optional<InvalidField> duplicate(JacksonException e) {
        var match = e == null ? null : DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (match == null || !match.find()) {
            return Optional.empty();
        }
        String container = path(e);
        String field = container.equals("body") ? match.group(1) : container + "." + match.group(1);
        return Optional.of(new InvalidField(field, "appears more than once"));
    }

    private static boolean isMissing(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && (message.contains("Missing required creator property")
                || message.startsWith("Cannot map `null`"));
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class) {
            return "must be an integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == java.time.Duration.class) {
            return "must be an ISO-8601 duration such as PT25H";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 timestamp with offset (a string), in the years 1 to 9999";
        }
        if (type == java.time.LocalDate.class) {
            return "must be an ISO-8601 date";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        return "must be an object";
    }

    /** The JSON path of the failure, e.g. lines[0].quantity. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        List<String> names = ids.stream().map(Object::toString).sorted().toList();
        return "; known fields: " + names;
    }

    private static JacksonException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }
}
