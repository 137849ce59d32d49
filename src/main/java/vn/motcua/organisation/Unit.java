package vn.motcua.organisation;

/**
 * A unit of the province: a receiving point (service centre, commune) or a competent agency.
 *
 * @param code electronic agency code (Decision 20/2020/QĐ-TTg), also the prefix of its dossier codes
 */
public record Unit(String code, String name, String nameEn, String level, String kind, String parentCode,
                   String wardCode, String address, String hotline, boolean receivesDossiers) {
}
