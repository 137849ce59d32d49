package vn.motcua.importer.internal.unitmapping;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapping of the three provinces merged into the new Lâm Đồng, derived from the real published texts. */
class UnitMatcherTest {

    static final Path SHARED = Path.of("../shared/data");
    static UnitMapping mapping;

    @BeforeAll
    static void derive() throws Exception {
        mapping = new UnitMatcher(OldUnits.read(SHARED.resolve("vn-admin-units-2024")))
                .map(MergerRow.read(SHARED.resolve("vn-admin-units-2025/merger_2025-07-01.csv")), "68");
    }

    @Test
    void theNewProvinceIsFormedFromTheThreeOldOnes() {
        assertThat(mapping.oldProvinces()).extracting(OldUnits.Province::code).containsExactly("60", "67", "68");
    }

    @Test
    void everyOldCommuneOfTheThreeProvincesIsCountedOnceAsOneSeveralOrNone() {
        assertThat(mapping.communes()).hasSize(329);
        assertThat(mapping.count(UnitMapping.Outcome.ONE) + mapping.count(UnitMapping.Outcome.SEVERAL)
                + mapping.count(UnitMapping.Outcome.NONE)).isEqualTo(329);
        assertThat(mapping.count(UnitMapping.Outcome.ONE)).isEqualTo(319);
        assertThat(mapping.count(UnitMapping.Outcome.SEVERAL)).isEqualTo(2);
        assertThat(mapping.count(UnitMapping.Outcome.NONE)).isEqualTo(8);
    }

    @Test
    void unmatchedCommunesCarryAReasonAndAreNeverGuessed() {
        assertThat(mapping.communes()).filteredOn(c -> c.outcome() == UnitMapping.Outcome.NONE)
                .allSatisfy(c -> assertThat(c.reason()).isNotBlank());
        // "Xã Thuận Quý" in the text is not "Xã Thuận Quí" of the old list: reported, not taken for it
        assertThat(commune("23140").outcome()).isEqualTo(UnitMapping.Outcome.NONE);
        assertThat(mapping.unresolved()).extracting(UnitMapping.Unresolved::item).contains("Xã Thuận Quý");
    }

    @Test
    void tonesTellCommunesApartButTheirPlacementDoesNot() {
        // Lộc Thanh (Bảo Lộc) and Lộc Thành (Bảo Lâm) differ by a tone only: each goes where its own text says
        assertThat(commune("24835").newCommunes()).extracting(UnitMapping.NewCommune::code).containsExactly("24823");
        assertThat(commune("25090").newCommunes()).extracting(UnitMapping.NewCommune::code).containsExactly("25093");
        assertThat(Names.exact("Xã Hòa Thắng")).isEqualTo(Names.exact("xã Hoà  Thắng"));
        assertThat(Names.exact("Cư K’nia")).isEqualTo(Names.exact("Cư Knia"));
    }

    @Test
    void aCommuneSplitBetweenNewCommunesMapsToEachAndTheDistrictInParenthesesNarrowsTheName() {
        assertThat(commune("22978").newCommunes()).extracting(UnitMapping.NewCommune::code)
                .containsExactlyInAnyOrder("22972", "22978");
        // "Xã Bình Thạnh (huyện Tuy Phong)": only the one of that district
        assertThat(mapping.communes()).filteredOn(c -> c.commune().fullName().equals("Xã Bình Thạnh"))
                .filteredOn(c -> c.newCommunes().stream().anyMatch(n -> n.code().equals("22969")))
                .singleElement().satisfies(c -> assertThat(c.districtName()).isEqualTo("Huyện Tuy Phong"));
    }

    @Test
    void theCommittedMigrationIsWhatTheToolDerivesToday() throws Exception {
        String committed = Files.readString(Path.of("src/main/resources/db/migration/V81__lam_dong_unit_mapping.sql"),
                StandardCharsets.UTF_8);
        String source = "vn-admin-units-2024/{provinces,districts,wards}.csv and vn-admin-units-2025/merger_2025-07-01.csv "
                + "(MIT, thanglequoc/vietnamese-provinces-database)";
        assertThat(committed).isEqualTo(UnitMappingWriter.migration(mapping, source));
    }

    private static UnitMapping.OldCommune commune(String code) {
        List<UnitMapping.OldCommune> found = mapping.communes().stream().filter(c -> c.commune().code().equals(code)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
