package vn.motcua.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A person's date of birth: from 1 January 1900 up to today (the province's clock). Null is allowed. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = vn.motcua.input.internal.BirthDateValidator.class)
public @interface BirthDate {

    String message() default "Ngày sinh phải từ 01/01/1900 đến hôm nay / The date of birth must be from 01/01/1900 to today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
