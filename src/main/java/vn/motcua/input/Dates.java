package vn.motcua.input;

import vn.motcua.input.internal.PlausibleDates;
import vn.motcua.problem.InvalidInputException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Dates read from a query or path parameter (an audit period, a calendar day, a report's months), under the rule of
 * dates in a JSON body: from 1900 to 2199. A value that is not a date, or one outside that range, is an
 * {@link InvalidInputException} naming the parameter (a 400 problem+json); nothing further runs. Blank is "not given"
 * (null) where a parameter is optional.
 */
public final class Dates {

    private Dates() {
    }

    /** {@code value} ({@code yyyy-MM-dd}) as a date, null when blank. */
    public static LocalDate date(String parameter, String value) {
        return PlausibleDates.date(parameter, value);
    }

    /** {@code value} as a date ({@code yyyy-MM-dd}, the day's start or, with {@code endOfDay}, the next day's) or a time ({@code yyyy-MM-ddTHH:mm[:ss]}), null when blank. */
    public static LocalDateTime dateOrTime(String parameter, String value, boolean endOfDay) {
        return PlausibleDates.dateOrTime(parameter, value, endOfDay);
    }

    /** {@code value} ({@code yyyy-MM}) as a month, null when blank. */
    public static YearMonth month(String parameter, String value) {
        return PlausibleDates.month(parameter, value);
    }

    /** {@code day} itself, when within the plausible range (a date Spring already converted); null stays null. */
    public static LocalDate plausible(String parameter, LocalDate day) {
        return PlausibleDates.plausible(parameter, day);
    }
}
