package io.redress.payments;

/** The PSP could not be reached or did not answer in time: the refund's outcome is unknown. */
public class GatewayUnavailable extends RuntimeException {

    public GatewayUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
