package io.redress.shared;

/** One input error: the JSON path or parameter name of the field, and what is wrong with it. */
public record InvalidField(String field, String message) {
}
