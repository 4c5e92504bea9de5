package io.redress.amounts;

/** The request names a line the order does not have, or more units than are left to refund. */
public class InvalidQuoteRequest extends RuntimeException {

    private final String field;

    public InvalidQuoteRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code lines[1].quantity}. */
    public String field() {
        return field;
    }
}
