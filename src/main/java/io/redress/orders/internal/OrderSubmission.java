package io.redress.orders.internal;

import org.springframework.modulith.NamedInterface;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

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
@NamedInterface("intake")
public record OrderSubmission(
        @Schema(requiredMode = REQUIRED) String orderId,
        @Schema(requiredMode = REQUIRED) String buyerId,
        @Schema(requiredMode = REQUIRED) String shopId,
        @Schema(description = "ISO 4217 code", example = "CNY", requiredMode = REQUIRED) String currency,
        @Schema(requiredMode = REQUIRED) OffsetDateTime placedAt,
        @Schema(requiredMode = REQUIRED) OffsetDateTime paidAt,
        @Schema(requiredMode = REQUIRED, description = "at least one line") List<LineSubmission> lines,
        List<DiscountSubmission> discounts,
        Long shippingFee,
        Boolean freeShipping,
        @Schema(requiredMode = REQUIRED) List<PaymentSubmission> payments) {

    /** One line; {@code noReasonReturn} omitted means SUPPORTED (absent exclusion = eligible, docs/amounts.md). */
    public record LineSubmission(
            @Schema(requiredMode = REQUIRED) String lineId,
            @Schema(requiredMode = REQUIRED) String sku,
            @Schema(requiredMode = REQUIRED) String title,
            String category,
            @Schema(requiredMode = REQUIRED, minimum = "1") Integer quantity,
            @Schema(requiredMode = REQUIRED) Long unitPrice,
            Boolean virtual,
            @Schema(implementation = NoReasonReturn.class, defaultValue = "SUPPORTED") String noReasonReturn,
            OffsetDateTime noReasonReturnConfirmedAt,
            Boolean gift,
            Long giftValue,
            String giftFor) {
    }

    /** One discount; {@code appliesTo} omitted means every non-gift line. */
    public record DiscountSubmission(
            @Schema(requiredMode = REQUIRED) String discountId,
            @Schema(implementation = DiscountKind.class, requiredMode = REQUIRED) String kind,
            @Schema(requiredMode = REQUIRED) Long amount,
            @Schema(implementation = Funder.class, requiredMode = REQUIRED) String fundedBy,
            List<String> appliesTo,
            Long threshold) {
    }

    /** One payment instrument. */
    public record PaymentSubmission(@Schema(requiredMode = REQUIRED) String paymentId,
            @Schema(implementation = PaymentMethod.class, requiredMode = REQUIRED) String method,
            @Schema(requiredMode = REQUIRED) Long amount, String pspReference) {
    }
}
