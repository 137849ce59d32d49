package vn.motcua.calendar.internal;

/** What a row of table {@code calendar_day} says about its day (column {@code kind}). */
public enum CalendarDayKind {

    /** A public holiday (Labour Code 2019 art. 112), including an observed day off in lieu (nghỉ bù). Not a working day. */
    HOLIDAY,

    /** An extra or swapped day off the Government declares on a weekday (ngày nghỉ hoán đổi / nghỉ bù). Not a working day. */
    DAY_OFF,

    /** A weekend day the Government declares a working day (make-up / swapped working Saturday, làm bù). A working day. */
    WORKING_DAY;

    /** Whether a day of this kind is a working day. */
    public boolean working() {
        return this == WORKING_DAY;
    }
}
