package vn.motcua.importer.internal.unitmapping;

import java.util.List;

/**
 * The old-to-new commune mapping of one new province, as derived from the published texts, with everything the texts
 * did not settle.
 *
 * @param oldProvinces the old provinces the new one was formed from
 * @param communes     every old commune of those provinces, with the new communes it went into (none when unmatched)
 * @param unresolved   the items of the texts that named no old commune, or several
 */
public record UnitMapping(String newProvinceCode, String newProvinceName, List<OldUnits.Province> oldProvinces,
                          List<OldCommune> communes, List<Unresolved> unresolved) {

    public enum Outcome { ONE, SEVERAL, NONE }

    /** @param reason why it maps to none (empty otherwise) */
    public record OldCommune(OldUnits.Commune commune, String districtName, List<NewCommune> newCommunes, String reason) {

        public Outcome outcome() {
            return newCommunes.isEmpty() ? Outcome.NONE : newCommunes.size() == 1 ? Outcome.ONE : Outcome.SEVERAL;
        }
    }

    /** @param note how the item was matched when not by its full name (e.g. its kind changed) */
    public record NewCommune(String code, String name, String text, String note) {
    }

    /** @param candidates the old communes the item could name (several: ambiguous; none: unknown name) */
    public record Unresolved(String newCode, String newName, String item, List<OldUnits.Commune> candidates, String reason) {
    }

    public long count(Outcome outcome) {
        return communes.stream().filter(c -> c.outcome() == outcome).count();
    }
}
