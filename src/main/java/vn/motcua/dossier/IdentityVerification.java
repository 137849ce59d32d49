package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * What the National Population Database said about a dossier's applicant (their 12-digit personal ID number with
 * name and date of birth), as stored with the dossier; the 766 index counts the dossiers whose applicant was
 * verified this way (Decision 766/QĐ-TTg, digitisation: use of the population database). A dossier received while
 * the database did not answer is {@link Status#NOT_CHECKED}, never verified, until a later check says so.
 *
 * @param checkedAt when the database confirmed the applicant; null unless {@link Status#VERIFIED}
 */
public record IdentityVerification(Status status, LocalDateTime checkedAt) {

    @com.fasterxml.jackson.annotation.JsonProperty
    public String labelVi() {
        return status.labelVi;
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public String labelEn() {
        return status.labelEn;
    }

    public enum Status {
        /** The number, name and date of birth match the database. */
        VERIFIED("Đã xác thực với Cơ sở dữ liệu quốc gia về dân cư", "Verified against the National Population Database"),
        /** The database did not answer: received, checked again automatically; check the identity papers meanwhile. */
        NOT_CHECKED("Chưa xác thực được danh tính (đang chờ Cơ sở dữ liệu quốc gia về dân cư, sẽ kiểm tra lại tự động)",
                "Identity not yet checked (the National Population Database did not answer; it is checked again automatically)"),
        /** A later check found no citizen with this number, name and date of birth: the officer checks the papers. */
        MISMATCH("Số định danh, họ tên, ngày sinh không khớp Cơ sở dữ liệu quốc gia về dân cư: kiểm tra giấy tờ tùy thân",
                "ID number, name and date of birth do not match the National Population Database: check the identity papers"),
        /** Received before identities were recorded this way. */
        UNKNOWN("Không có thông tin xác thực", "No identity check recorded");

        private final String labelVi;
        private final String labelEn;

        Status(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }
    }
}
