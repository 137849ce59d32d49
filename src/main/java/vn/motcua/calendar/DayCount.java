package vn.motcua.calendar;

/**
 * How the days of a processing time limit are counted.
 *
 * <p>Procedure catalogs write limits either as working days ("5 Ngày làm việc") or as calendar days
 * ("30 Ngày"); both must be supported (see {@link TimeLimit}).
 */
public enum DayCount {

    /**
     * Working days: Saturdays, Sundays, public holidays and Government-declared days off are skipped; a weekend day
     * the Government declares a working day counts (Labour Code 2019 art. 111-112). Written {@code WD}.
     */
    WORKING_DAYS("WD"),

    /**
     * Calendar days: every day counts, but a period whose last day is not a working day ends on the next working
     * day (Civil Code 2015 art. 148(5)). Written {@code CD}.
     */
    CALENDAR_DAYS("CD");

    private final String suffix;

    DayCount(String suffix) {
        this.suffix = suffix;
    }

    /** The suffix used in {@link TimeLimit#code()}: {@code WD} or {@code CD}. */
    public String suffix() {
        return suffix;
    }
}
