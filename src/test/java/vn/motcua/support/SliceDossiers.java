package vn.motcua.support;

import vn.motcua.catalog.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.TimelineEntry;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A birth registration received at Phường Xuân Hương - Đà Lạt, built by hand for slice tests (no database). */
public final class SliceDossiers {

    public static final String CODE = "H36.24781-261127-0001";
    public static final String PROCEDURE_CODE = "1.001193";
    public static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 27, 9, 15);
    public static final LocalDateTime DUE = LocalDateTime.of(2026, 12, 2, 17, 0);

    private SliceDossiers() {
    }

    public static Dossier dossier(Channel channel, DossierStatus status) {
        return new Dossier(UUID.fromString("00000000-0000-0000-0000-000000000001"), CODE, PROCEDURE_CODE,
                "Thủ tục đăng ký khai sinh", Officers.XUANHUONG, Officers.XUANHUONG, channel, Officers.APPLICANT_ID,
                "Nguyễn Thị Hạnh", "hanh@example.vn", "0912 345 678", status, RECEIVED, DUE, null, null, "{}", "pi-1");
    }

    /** Submitted online, then accepted: forms 01 and 06 exist, and the online receipt. */
    public static DossierDetails acceptedOnline() {
        return new DossierDetails(dossier(Channel.ONLINE, DossierStatus.PROCESSING), List.of(
                new TimelineEntry(RECEIVED, "SUBMITTED", DossierStatus.NEW, "Nộp hồ sơ trực tuyến", "applicant",
                        Officers.XUANHUONG, null),
                new TimelineEntry(RECEIVED.plusMinutes(10), "STATUS", DossierStatus.ACCEPTED, "Đã tiếp nhận hồ sơ",
                        Officers.XUANHUONG_RECEIVER, Officers.XUANHUONG, null, null, DUE)));
    }

    /** Received at the counter a moment ago: no slip exists yet. */
    public static DossierDetails justSubmitted() {
        return new DossierDetails(dossier(Channel.COUNTER, DossierStatus.NEW), List.of(
                new TimelineEntry(RECEIVED, "SUBMITTED", DossierStatus.NEW, "Tiếp nhận hồ sơ", Officers.XUANHUONG_RECEIVER,
                        Officers.XUANHUONG, null)));
    }
}
