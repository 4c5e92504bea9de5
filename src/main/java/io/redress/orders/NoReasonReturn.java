package io.redress.orders;

/** Whether a line may be returned without reason within seven days, and if not, the statutory exception. */
public enum NoReasonReturn {
    SUPPORTED,
    EXCLUDED_CUSTOM_MADE,
    EXCLUDED_PERISHABLE,
    EXCLUDED_DIGITAL_UNSEALED,
    EXCLUDED_PERIODICAL,
    /** Only valid when the buyer confirmed the exclusion at purchase (7Day Arts. 7, 20). */
    EXCLUDED_CONFIRMED_BY_BUYER
}
