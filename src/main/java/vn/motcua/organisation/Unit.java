package vn.motcua.organisation;

import java.util.List;

/**
 * A unit of the province: a receiving point (service centre, commune) or a competent body.
 *
 * @param code        electronic agency code (Decision 20/2020/QĐ-TTg), also the prefix of its dossier codes
 * @param wardCode    the GSO code of the commune the unit sits in (for a receiving point: the "receiving commune" its
 *                    authority decisions read), from vn-admin-units-2025
 * @param bodyKind    which kind of competent body it is ({@link BodyKinds}, e.g. {@code COMMUNE_POLICE}); {@code null}
 *                    for a unit that decides nothing
 * @param serviceArea the GSO codes of the communes it serves, sorted: where its competence reaches
 */
public record Unit(String code, String name, String nameEn, String level, String kind, String parentCode,
                   String wardCode, String address, String hotline, boolean receivesDossiers, String bodyKind,
                   List<String> serviceArea) {

    public Unit {
        serviceArea = serviceArea == null ? List.of() : List.copyOf(serviceArea);
    }

    /** A unit that is no competent body (yet): no kind, no service area. */
    public Unit(String code, String name, String nameEn, String level, String kind, String parentCode, String wardCode,
                String address, String hotline, boolean receivesDossiers) {
        this(code, name, nameEn, level, kind, parentCode, wardCode, address, hotline, receivesDossiers, null, List.of());
    }

    /** The same unit with another kind of body and service area. */
    public Unit withCompetence(String newBodyKind, List<String> newServiceArea) {
        return new Unit(code, name, nameEn, level, kind, parentCode, wardCode, address, hotline, receivesDossiers,
                newBodyKind, newServiceArea);
    }
}
