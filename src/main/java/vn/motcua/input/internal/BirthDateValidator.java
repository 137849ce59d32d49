package vn.motcua.input.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import vn.motcua.input.BirthDate;

import java.time.Clock;
import java.time.LocalDate;

/** {@link BirthDate}: 1900-01-01 up to today on the app's clock (created by Spring, so it gets the app's clock when there is one). */
public class BirthDateValidator implements ConstraintValidator<BirthDate, LocalDate> {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Clock clock;

    /** Outside Spring (plain Bean Validation): the system clock in the province's zone. */
    public BirthDateValidator() {
        this.clock = Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public BirthDateValidator(org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(() -> Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LocalDate.now(clock)));
    }
}
