package vn.motcua.importer.internal;

import vn.motcua.importer.internal.ProvincialDepartment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The provincial body for each issuing ministry as the export writes it (every value of co_quan_ban_hanh). */
class ProvincialDepartmentTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bộ Tư pháp | H36.11
            Bộ Tài chính | H36.12
            Bộ Xây dựng | H36.13
            Bộ xây dựng (Giao thông vận tải cũ) | H36.13
            Bộ Nông nghiệp và Môi trường | H36.16
            Bộ Công an | H36.CA
            Ngân hàng Nhà nước Việt Nam | H36.NH
            Ngân hàng Nhà nước | H36.NH
            Tòa án nhân dân | H36.20
            '' | H36.20
            """)
    void eachMinistrysProceduresGoToItsProvincialDepartmentAndTheRestToTheServiceCentre(String ministry, String unit) {
        assertThat(ProvincialDepartment.forIssuingBody(ministry).unitCode()).isEqualTo(unit);
    }
}
