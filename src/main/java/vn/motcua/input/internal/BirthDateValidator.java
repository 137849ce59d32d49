package vn.motcua.input.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import vn.motcua.input.BirthDate;

import java.time.Clock;
import java.time.LocalDate;

/** {@link BirthDate}: 1900-01-01 up to today on the app's clock (created by Spring, so it gets the clock). */
public class BirthDateValidator implements ConstraintValidator<BirthDate, LocalDate> {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Clock clock;

    public BirthDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LocalDate.now(clock)));
    }
}
