package vn.motcua.dossier.internal;

import java.time.Year;
import java.util.Optional;
import java.util.Set;

/**
 * The 12-digit personal identification number on the citizen identity card (CCCD / căn cước), structure of
 * Circular 59/2021/TT-BCA art. 7: 3 digits for the province of birth registration, 1 digit for gender and
 * century, 2 digits for the year of birth, 6 random digits. Checks the structure only; whether the number
 * belongs to the person is a matter for the National Population Database.
 */
public final class CitizenIdNumber {

    /** Province codes of birth registration (Circular 59/2021/TT-BCA, appendix: the 63 pre-2025 provinces). */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    private CitizenIdNumber() {
    }

    /** Why the number is not a valid ID number, in Vietnamese and English; empty when it is valid. */
    public static Optional<String[]> problem(String number, Year currentYear) {
        if (number == null || !number.matches("\\d{12}")) {
            return Optional.of(new String[] {"Số định danh cá nhân phải gồm đúng 12 chữ số",
                    "The personal ID number must be exactly 12 digits"});
        }
        if (!PROVINCE_CODES.contains(number.substring(0, 3))) {
            return Optional.of(new String[] {"Ba chữ số đầu không phải mã tỉnh nơi đăng ký khai sinh",
                    "The first three digits are not a province code of birth registration"});
        }
        int centuryDigit = number.charAt(3) - '0';
        int birthYear = 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(number.substring(4, 6));
        if (birthYear > currentYear.getValue()) {
            return Optional.of(new String[] {"Chữ số thế kỷ và năm sinh cho năm sinh " + birthYear + " ở tương lai",
                    "The century and year digits give a birth year (" + birthYear + ") in the future"});
        }
        return Optional.empty();
    }
}
