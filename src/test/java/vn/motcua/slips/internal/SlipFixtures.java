package vn.motcua.slips.internal;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.TimelineEntry;
import vn.motcua.organisation.Unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A birth registration at Phường Xuân Hương - Đà Lạt, built by hand, and a way to read the PDFs back. */
final class SlipFixtures {

    static final String CODE = "H36.24781-261127-0001";
    static final String APPLICANT = "Nguyễn Thị Hạnh";
    static final String PROCEDURE = "Thủ tục đăng ký khai sinh";
    static final String WARD = "H36.24781";
    static final String WARD_NAME = "Ủy ban nhân dân Phường Xuân Hương - Đà Lạt";
    static final String LAND_OFFICE = "H36.16.01";
    static final String LAND_OFFICE_NAME = "Văn phòng Đăng ký đất đai tỉnh Lâm Đồng";
    static final String TAX = "H36.T01";
    static final String TAX_NAME = "Thuế tỉnh Lâm Đồng";
    static final String MISSING_BIRTH_CERTIFICATE = "Thiếu Giấy chứng sinh bản chính";

    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 27, 9, 15);
    static final LocalDateTime DUE = LocalDateTime.of(2026, 12, 2, 17, 0);

    static final List<Unit> UNITS = List.of(
            new Unit("H36", "Ủy ban nhân dân tỉnh Lâm Đồng", "Lam Dong Provincial People's Committee", "PROVINCE",
                    "AGENCY", null, null, "36 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", "0263 3822 156", false),
            new Unit("H36.16", "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng", "Department", "PROVINCE", "DEPARTMENT", "H36",
                    null, "54 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", "0263 3822 355", false),
            new Unit(LAND_OFFICE, LAND_OFFICE_NAME, "Land Registration Office", "PROVINCE", "AGENCY", "H36.16", null,
                    "54 Trần Phú, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", "0263 3822 501", false),
            new Unit(TAX, TAX_NAME, "Tax Office", "PROVINCE", "AGENCY", null, null,
                    "1 Yersin, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", "0263 3822 404", false),
            new Unit(WARD, WARD_NAME, "Xuan Huong - Da Lat Ward People's Committee", "COMMUNE", "COMMUNE", "H36", "24781",
                    "2 Nguyễn Văn Trỗi, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", "0263 3822 811", true));

    static final Procedure BIRTH = new Procedure("1.001193", PROCEDURE, "Hộ tịch", "COMMUNE",
            "Ủy ban nhân dân cấp xã", "tthc-1.001193", "authority-1.001193", "form-1.001193",
            Map.of(Channel.COUNTER, new ChannelTerms(Channel.COUNTER, TimeLimit.workingDays(3), 8_000),
                    Channel.ONLINE, new ChannelTerms(Channel.ONLINE, TimeLimit.workingDays(3), 0)),
            List.of("Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh bản chính"), List.of());

    private SlipFixtures() {
    }

    static SlipRenderer renderer() {
        Map<String, Unit> byCode = UNITS.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        return new SlipRenderer(code -> Optional.ofNullable(byCode.get(code)),
                code -> BIRTH.code().equals(code) ? Optional.of(BIRTH) : Optional.empty());
    }

    static Dossier dossier(Channel channel, DossierStatus status, String handlingUnit, LocalDateTime dueAt) {
        return new Dossier(UUID.randomUUID(), CODE, BIRTH.code(), PROCEDURE, WARD, handlingUnit, channel,
                "068203001234", APPLICANT, "hanh@example.vn", "0912 345 678", status, RECEIVED, dueAt, null, null,
                "{}", "pi-1");
    }

    static DossierDetails details(Dossier dossier, TimelineEntry... timeline) {
        return new DossierDetails(dossier, List.of(timeline));
    }

    static DossierDetails details(DossierStatus status, TimelineEntry... timeline) {
        return details(dossier(Channel.COUNTER, status, WARD, DUE), timeline);
    }

    static TimelineEntry submitted() {
        return new TimelineEntry(RECEIVED, "SUBMITTED", DossierStatus.NEW, "Tiếp nhận hồ sơ", "xuanhuong.tiepnhan",
                WARD, null);
    }

    static TimelineEntry status(LocalDateTime at, DossierStatus status, String step, String actor, String note) {
        return new TimelineEntry(at, "STATUS", status, step, actor, WARD, null, note, null);
    }

    static TimelineEntry accepted() {
        return status(RECEIVED.plusMinutes(10), DossierStatus.ACCEPTED, "Đã tiếp nhận hồ sơ (mẫu 01)",
                "xuanhuong.tiepnhan", null);
    }

    static TimelineEntry apology(LocalDateTime at, String unit, String reason, LocalDateTime newDue) {
        return new TimelineEntry(at, "APOLOGY", DossierStatus.PROCESSING, "Xin lỗi, hẹn lại ngày trả kết quả",
                "xuanhuong.lanhdao", unit, null, reason, newDue);
    }

    /** The PDF's text as PDFBox extracts it, blanks collapsed (lines wrap where the layout wants). */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimelineEntry[] plus(TimelineEntry[] first, TimelineEntry... more) {
        List<TimelineEntry> all = new ArrayList<>(Arrays.asList(first));
        all.addAll(Arrays.asList(more));
        return all.toArray(TimelineEntry[]::new);
    }
}
