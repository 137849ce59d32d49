package vn.motcua.dossier.internal;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

/** Structure of the personal ID number: Circular 59/2021/TT-BCA art. 7. */
class CitizenIdNumberTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
            "068203001234, true,  Lâm Đồng, female born 2003",
            "001085012345, true,  Hà Nội, male born 1985",
            "079300001234, true,  Hồ Chí Minh City, male born 2000 (century digit 2)",
            "096126000001, true,  Cà Mau, male born 2026",
            "06820300123,  false, 11 digits",
            "0682030012345, false, 13 digits",
            "06820300123A, false, a letter",
            "003203001234, false, 003 is not a province code",
            "097203001234, false, 097 is not a province code",
            "068227001234, false, born 2027: after the current year",
            "068499001234, false, century digit 4 means 2100s"})
    void checksTheStructure(String number, boolean valid, String why) {
        assertThat(CitizenIdNumber.problem(number, Year.of(2026)).isEmpty()).as(why).isEqualTo(valid);
    }
}
