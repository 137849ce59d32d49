package vn.motcua.dossier;

/**
 * The National Population Database (Cơ sở dữ liệu quốc gia về dân cư, reached through VNeID / the NDXP data-sharing
 * platform): does this personal ID number belong to a living citizen of this name? The portal asks before an online
 * submission, and the submission asks again, so a dossier records whether its applicant's identity was checked (the
 * 766 index counts dossiers that used the population database, Decision 766/QĐ-TTg).
 *
 * <p>Implemented by {@code vn.motcua.integration} (the LGSP / VNeID adapter, or its simulator in the embedded
 * default). Implementations must not throw when the database is down: they answer {@link Result#UNAVAILABLE}, and
 * the dossier is then received marked "identity not yet checked" and checked again later.
 */
public interface PopulationRegistry {

    /**
     * @param idNumber a 12-digit personal ID number whose structure is already valid
     * @param fullName the name the applicant typed
     */
    default Result verify(String idNumber, String fullName) {
        return verify(idNumber, fullName, null);
    }

    /**
     * @param birthDate the date of birth the applicant gave, compared too when given; may be null
     */
    Result verify(String idNumber, String fullName, java.time.LocalDate birthDate);

    enum Result {
        /** The number is in the database and the name matches. */
        FOUND,
        /** No citizen with this number, name (and date of birth, when given). */
        NOT_FOUND,
        /** The database could not be asked now. */
        UNAVAILABLE
    }
}
