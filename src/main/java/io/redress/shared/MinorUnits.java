package io.redress.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A money amount in minor units (fen): from 0 to {@value #MAX}, i.e. 10 billion yuan, far above any
 * order yet far from overflowing a long when amounts are summed.
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@Max(MinorUnits.MAX)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MinorUnits {

    long MAX = 1_000_000_000_000L;

    String message() default "must be an amount in minor units from 0 to " + MAX;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
