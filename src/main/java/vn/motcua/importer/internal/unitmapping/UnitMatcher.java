package vn.motcua.importer.internal.unitmapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches the published free text of what each new commune was formed from against the old communes, within the old
 * provinces the new province's own row names. An item matches by its full name (kind and name, accents ignored),
 * narrowed by the district it names in parentheses; failing that, by its name alone when exactly one old commune bears
 * it (its kind changed). An item that names several old communes, or none, is reported, never resolved by guessing.
 */
public final class UnitMatcher {

    private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*$");
    private static final Pattern PARTIAL = Pattern.compile("^(một phần|phần còn lại của)\\s+", Pattern.CASE_INSENSITIVE);

    private final OldUnits old;

    public UnitMatcher(OldUnits old) {
        this.old = old;
    }

    public UnitMapping map(List<MergerRow> rows, String newProvinceCode) {
        MergerRow province = rows.stream().filter(r -> r.level().equals("province") && r.code().equals(newProvinceCode))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No province " + newProvinceCode + " in the merger file"));
        List<OldUnits.Province> oldProvinces = oldProvinces(province);
        List<OldUnits.Commune> candidates = oldProvinces.stream().flatMap(p -> old.communesOf(p.code()).stream()).toList();

        Map<String, List<UnitMapping.NewCommune>> mapped = new LinkedHashMap<>();
        List<UnitMapping.Unresolved> unresolved = new ArrayList<>();
        for (MergerRow row : rows) {
            if (!row.level().equals("ward") || !row.provinceCode().equals(newProvinceCode)) {
                continue;
            }
            List<String> items = row.unchanged() ? List.of(row.name()) : row.items();
            for (String item : items) {
                match(item, candidates).ifPresentOrElse(
                        m -> mapped.computeIfAbsent(m.commune().code(), k -> new ArrayList<>())
                                .add(new UnitMapping.NewCommune(row.code(), row.name(), item, m.note())),
                        () -> unresolved.add(unresolved(row, item, candidates)));
            }
        }
        List<UnitMapping.OldCommune> communes = new ArrayList<>();
        for (OldUnits.Commune c : candidates) {
            List<UnitMapping.NewCommune> to = mapped.getOrDefault(c.code(), List.of());
            communes.add(new UnitMapping.OldCommune(c, old.districtOf(c).fullName(), to, to.isEmpty() ? reasonNone(c, unresolved) : ""));
        }
        communes.sort(Comparator.comparing(o -> o.commune().code()));
        return new UnitMapping(newProvinceCode, province.name(), oldProvinces, communes, unresolved);
    }

    /** "tỉnh Đắk Nông, tỉnh Bình Thuận và tỉnh Lâm Đồng", or "giữ nguyên" for a province that kept its territory. */
    List<OldUnits.Province> oldProvinces(MergerRow province) {
        List<String> names = province.unchanged() ? List.of(province.name()) : province.items();
        List<OldUnits.Province> found = new ArrayList<>();
        for (String name : names) {
            String key = Names.loose(Names.withoutAreaKind(name.replaceFirst("(?iu)^thủ đô ", "")));
            List<OldUnits.Province> matches = old.provinces().values().stream()
                    .filter(p -> Names.loose(p.name()).equals(key)).toList();
            if (matches.size() != 1) {
                throw new IllegalArgumentException("The province text names '" + name + "', which matches "
                        + matches.size() + " old provinces");
            }
            found.add(matches.get(0));
        }
        found.sort(Comparator.comparing(OldUnits.Province::code));
        return found;
    }

    record Match(OldUnits.Commune commune, String note) {
    }

    Optional<Match> match(String item, List<OldUnits.Commune> candidates) {
        String part = PARTIAL.matcher(item).find() ? "một phần / part; " : "";
        List<OldUnits.Commune> byName = named(item, candidates);
        if (byName.size() == 1) {
            return Optional.of(new Match(byName.get(0), part.isEmpty() ? "" : part.substring(0, part.length() - 2)));
        }
        if (byName.isEmpty()) {
            List<OldUnits.Commune> loosely = looselyNamed(item, candidates);
            if (loosely.size() == 1) {
                return Optional.of(new Match(loosely.get(0), part + "bỏ qua dấu / accents ignored: " + loosely.get(0).fullName()));
            }
            if (loosely.isEmpty()) {
                List<OldUnits.Commune> byBareName = bareNamed(item, candidates);
                if (byBareName.size() == 1) {
                    return Optional.of(new Match(byBareName.get(0), part + "khác loại đơn vị / kind differs: "
                            + byBareName.get(0).fullName()));
                }
            }
        }
        return Optional.empty();
    }

    private UnitMapping.Unresolved unresolved(MergerRow row, String item, List<OldUnits.Commune> candidates) {
        List<OldUnits.Commune> byName = named(item, candidates);
        if (byName.size() > 1) {
            return new UnitMapping.Unresolved(row.code(), row.name(), item, byName, "ambiguous: " + byName.size()
                    + " old communes bear this name and the text names no district");
        }
        List<OldUnits.Commune> loosely = looselyNamed(item, candidates);
        if (loosely.size() > 1) {
            return new UnitMapping.Unresolved(row.code(), row.name(), item, loosely, "ambiguous: " + loosely.size()
                    + " old communes bear this name once accents are ignored");
        }
        List<OldUnits.Commune> byBareName = bareNamed(item, candidates);
        if (byBareName.size() > 1) {
            return new UnitMapping.Unresolved(row.code(), row.name(), item, byBareName, "ambiguous: " + byBareName.size()
                    + " old communes bear this name under other kinds");
        }
        return new UnitMapping.Unresolved(row.code(), row.name(), item, List.of(),
                "no old commune of this name in the old provinces");
    }

    private String reasonNone(OldUnits.Commune commune, List<UnitMapping.Unresolved> unresolved) {
        return unresolved.stream().filter(u -> u.candidates().contains(commune)).findFirst()
                .map(u -> "named ambiguously in the text of " + u.newName() + " (" + u.newCode() + "): '" + u.item() + "'")
                .orElse("named in no new commune's text");
    }

    private List<OldUnits.Commune> named(String item, List<OldUnits.Commune> candidates) {
        Parsed p = parse(item);
        return candidates.stream().filter(c -> Names.exact(c.fullName()).equals(Names.exact(p.name())))
                .filter(c -> p.district() == null || inDistrict(c, p.district())).toList();
    }

    private List<OldUnits.Commune> looselyNamed(String item, List<OldUnits.Commune> candidates) {
        Parsed p = parse(item);
        return candidates.stream().filter(c -> Names.loose(c.fullName()).equals(Names.loose(p.name())))
                .filter(c -> p.district() == null || inDistrict(c, p.district())).toList();
    }

    private List<OldUnits.Commune> bareNamed(String item, List<OldUnits.Commune> candidates) {
        Parsed p = parse(item);
        return candidates.stream().filter(c -> Names.exact(Names.withoutKind(c.fullName())).equals(Names.exact(Names.withoutKind(p.name()))))
                .filter(c -> p.district() == null || inDistrict(c, p.district())).toList();
    }

    private boolean inDistrict(OldUnits.Commune c, String district) {
        OldUnits.District d = old.districtOf(c);
        return Names.loose(Names.withoutAreaKind(d.fullName())).equals(Names.loose(Names.withoutAreaKind(district)));
    }

    private record Parsed(String name, String district) {
    }

    private static Parsed parse(String item) {
        String s = PARTIAL.matcher(item.strip()).replaceFirst("");
        Matcher m = QUALIFIED.matcher(s);
        return m.matches() ? new Parsed(m.group(1), m.group(2)) : new Parsed(s, null);
    }
}
