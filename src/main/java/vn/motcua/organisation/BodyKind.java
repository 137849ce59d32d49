package vn.motcua.organisation;

/**
 * A kind of competent body, as the authority decisions name it ({@code competentBodyKind}): the provincial People's
 * Committee, a department, the commune police, a local tax office… The list is product vocabulary, the same in every
 * province ({@code src/main/resources/organisation/body-kinds.csv}); which unit of a kind serves which commune is the
 * province's data (its units' {@link Unit#bodyKind()} and {@link Unit#serviceArea()}).
 *
 * @param code        e.g. {@code COMMUNE_POLICE}
 * @param tier        {@link Tier#PROVINCE} for bodies at province level (one or a few per province),
 *                    {@link Tier#LOCAL} for the commune-level bodies and the vertical bodies' local offices
 * @param territory   which commune decides competence when a procedure's source says nothing else: the receiving
 *                    point's, the applicant's (residence, head office) or the property's
 * @param actsThrough the kind whose unit handles the dossiers of this one (the Chairman acts through the People's
 *                    Committee's office), or {@code null}
 * @param basis       the legal basis of the body and its competence
 */
public record BodyKind(String code, Tier tier, Territory territory, String actsThrough, String nameVi, String nameEn,
                       String basis) {

    public enum Tier { PROVINCE, LOCAL }

    /** The commune whose body is competent, as the authority decisions name it. */
    public enum Territory { RECEIVING, APPLICANT, PROPERTY }

    /** The kind whose units are looked up: {@link #actsThrough()} when set, else this kind. */
    public String unitKind() {
        return actsThrough == null ? code : actsThrough;
    }
}
