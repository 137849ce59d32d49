package vn.motcua.dossier;

import java.util.Arrays;

/**
 * Dossier status as synchronised to the National Public Service Portal (TrangThaiHoSo, DongBoHoSoMC).
 * The numbers are the portal's; the names are ours.
 */
public enum DossierStatus {
    NEW(1, "Mới tiếp nhận", "New"),
    ACCEPTED(2, "Đã tiếp nhận", "Accepted"),
    NOT_ACCEPTED(3, "Không tiếp nhận", "Not accepted"),
    PROCESSING(4, "Đang xử lý", "Processing"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung hồ sơ", "Supplement requested"),
    FINANCIAL_OBLIGATION(6, "Yêu cầu thực hiện nghĩa vụ tài chính", "Financial obligation requested"),
    WITHDRAWAL_REQUESTED(7, "Công dân yêu cầu rút hồ sơ", "Withdrawal requested by the applicant"),
    STOPPED(8, "Dừng xử lý", "Processing stopped"),
    FINISHED(9, "Đã xử lý xong", "Processing finished"),
    RETURNED(10, "Đã trả kết quả", "Result returned");

    private final int code;
    private final String labelVi;
    private final String labelEn;

    DossierStatus(int code, String labelVi, String labelEn) {
        this.code = code;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public int code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    public static DossierStatus ofCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown dossier status " + code));
    }
}
