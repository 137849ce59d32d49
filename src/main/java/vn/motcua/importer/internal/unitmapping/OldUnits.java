package vn.motcua.importer.internal.unitmapping;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The provinces, districts and communes before 1 July 2025 ({@code vn-admin-units-2024/}): what old dossiers and
 * old agencies refer to.
 */
public record OldUnits(Map<String, Province> provinces, Map<String, District> districts, List<Commune> communes) {

    public record Province(String code, String name, String fullName) {
    }

    public record District(String code, String name, String fullName, String provinceCode) {
    }

    /** @param fullName with its kind: "Phường 1", "Xã Bình Thạnh", "Thị trấn Liên Hương" */
    public record Commune(String code, String name, String fullName, String districtCode, String provinceCode) {
    }

    public static OldUnits read(Path folder) throws IOException {
        Map<String, Province> provinces = new HashMap<>();
        for (CSVRecord r : csv(folder.resolve("provinces.csv"))) {
            provinces.put(r.get("code"), new Province(r.get("code"), r.get("name"), r.get("full_name")));
        }
        Map<String, District> districts = new HashMap<>();
        for (CSVRecord r : csv(folder.resolve("districts.csv"))) {
            districts.put(r.get("code"), new District(r.get("code"), r.get("name"), r.get("full_name"), r.get("province_code")));
        }
        List<Commune> communes = new ArrayList<>();
        for (CSVRecord r : csv(folder.resolve("wards.csv"))) {
            communes.add(new Commune(r.get("code"), r.get("name"), r.get("full_name"), r.get("district_code"),
                    r.get("province_code")));
        }
        return new OldUnits(provinces, districts, communes);
    }

    public List<Commune> communesOf(String provinceCode) {
        return communes.stream().filter(c -> c.provinceCode().equals(provinceCode)).toList();
    }

    public District districtOf(Commune commune) {
        return districts.get(commune.districtCode());
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
