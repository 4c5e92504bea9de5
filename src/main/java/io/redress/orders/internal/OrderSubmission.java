package io.redress.orders.internal;

import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.PaymentMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order as the marketplace sends it, before validation. Enums and the currency are kept as text so that
 * a wrong value is reported against its field rather than as an unreadable body.
 */
public record OrderSubmission(
        String orderId,
        String buyerId,
        String shopId,
        @Schema(description = "ISO 4217 code", example = "CNY") String currency,
        OffsetDateTime placedAt,
        OffsetDateTime paidAt,
        List<LineSubmission> lines,
        List<DiscountSubmission> discounts,
        Long shippingFee,
        Boolean freeShipping,
        List<PaymentSubmission> payments) {

    /** One line; {@code noReasonReturn} omitted means SUPPORTED (absent exclusion = eligible, DOMAIN §5). */
    public record LineSubmission(
            String lineId,
            String sku,
            String title,
            String category,
            Integer quantity,
            Long unitPrice,
            Boolean virtual,
            @Schema(implementation = NoReasonReturn.class, defaultValue = "SUPPORTED") String noReasonReturn,
            OffsetDateTime noReasonReturnConfirmedAt,
            Boolean gift,
            Long giftValue,
            String giftFor) {
    }

    /** One discount; {@code appliesTo} omitted means every non-gift line. */
    public record DiscountSubmission(
            String discountId,
            @Schema(implementation = DiscountKind.class) String kind,
            Long amount,
            @Schema(implementation = Funder.class) String fundedBy,
            List<String> appliesTo,
            Long threshold) {
    }

    /** One payment instrument. */
    public record PaymentSubmission(String paymentId, @Schema(implementation = PaymentMethod.class) String method, Long amount,
            String pspReference) {
    }
}
