package vn.motcua.importer.internal;

import vn.motcua.importer.internal.ImplementingLevel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Levels from cap_thuc_hien (every combination found in the export, plus ministry-only). */
class ImplementingLevelTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Cấp xã | COMMUNE
            Cấp tỉnh, Cấp xã | COMMUNE
            Cấp bộ, Cấp tỉnh, Cấp xã | COMMUNE
            Cấp bộ, Cấp xã | COMMUNE
            Cấp xã, Cơ quan khác | COMMUNE
            Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác | COMMUNE
            Cấp tỉnh | PROVINCE
            Cấp bộ, Cấp tỉnh | PROVINCE
            Cấp tỉnh, Cơ quan khác | PROVINCE
            Cấp bộ, Cấp tỉnh, Cơ quan khác | PROVINCE
            """)
    void aProcedureTheCommuneCanSettleIsACommuneProcedureElseProvince(String levels, ImplementingLevel expected) {
        assertThat(ImplementingLevel.of(levels)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"Cấp bộ", "Cơ quan khác", "Cấp bộ, Cơ quan khác", "''"})
    void ministryOnlyProceduresAreNotInTheProvincesCatalog(String levels) {
        assertThat(ImplementingLevel.of(levels)).isEmpty();
    }
}
