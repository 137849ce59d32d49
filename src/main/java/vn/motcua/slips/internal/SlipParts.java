package vn.motcua.slips.internal;

import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Dossier;
import vn.motcua.organisation.Unit;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What every slip shares above the page layout of {@link SlipPdf}: the parts of an administrative document (Decree
 * 30/2020/NĐ-CP) filled from the organisation and the catalog: the issuing unit under its superior, the place-and-date
 * line, the title with the dossier code, the applicant, the letter to the applicant that forms 04 and 05 open with,
 * the signers; and how values print (dates {@code dd/MM/yyyy HH:mm} in the province's local time, money, notes). A
 * value the dossier does not hold prints as a dotted line to fill in by hand, as on the paper forms.
 */
final class SlipParts {

    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static final SlipPdf.Signer APPLICANT_SIGNS = new SlipPdf.Signer("Người nộp hồ sơ", "(Ký và ghi rõ họ tên)");
    static final SlipPdf.Signer RECEIVER_SIGNS = new SlipPdf.Signer("Người tiếp nhận hồ sơ", "(Ký và ghi rõ họ tên)");
    static final SlipPdf.Signer HEAD_OF_AGENCY_SIGNS = new SlipPdf.Signer("Thủ trưởng cơ quan",
            "(Ký, ghi rõ họ tên và đóng dấu)");

    /** A line of a note that the officer already numbered or bulleted ("1.", "a)", "-", "+", "•"). */
    private static final Pattern LISTED = Pattern.compile("[-+•*]|\\d{1,2}[.)]|\\p{L}\\)");

    private final Function<String, Optional<Unit>> units;
    private final Function<String, Optional<Procedure>> procedures;

    private final Function<String, Optional<String>> officers;

    SlipParts(Function<String, Optional<Unit>> units, Function<String, Optional<Procedure>> procedures) {
        this(units, procedures, userId -> Optional.empty());
    }

    /** @param officers an officer's user id → the full name printed under their signature */
    SlipParts(Function<String, Optional<Unit>> units, Function<String, Optional<Procedure>> procedures,
              Function<String, Optional<String>> officers) {
        this.units = units;
        this.procedures = procedures;
        this.officers = officers;
    }

    /** The officer's printed name, else the user id (a name the slip must not leave blank, Circular 03/2025). */
    String officerName(String userId) {
        return userId == null || userId.isBlank() ? null : officers.apply(userId).filter(n -> !n.isBlank()).orElse(userId);
    }

    /** The heading (issuing unit, national heading, place and date) and the slip's title with the dossier code. */
    void open(SlipPdf pdf, String issuerCode, LocalDateTime at, String title, Dossier d) {
        Optional<Unit> unit = unit(issuerCode);
        String superior = unit.filter(u -> !"COMMUNE".equals(u.kind()) && u.parentCode() != null)
                .flatMap(u -> unit(u.parentCode())).map(Unit::name).orElse(null);
        pdf.heading(superior, unitName(issuerCode), placeAndDate(unit.orElse(null), at));
        pdf.title(title, "Mã hồ sơ: " + d.code());
    }

    /**
     * The heading and title of a slip the receiving point issues at the step that called for it (forms 01-03).
     *
     * @return the receiving point's name, for the body of the slip
     */
    String openAtReceivingPoint(SlipPdf pdf, Slip slip, SlipIssue issue) {
        Dossier d = issue.dossier();
        open(pdf, d.receivingUnitCode(), issue.entry().occurredAt(), slip.titleVi(), d);
        return unitName(d.receivingUnitCode());
    }

    /**
     * The opening of a letter from the issuing unit to the applicant (forms 04 and 05): to whom, what the receiving
     * point received and when. The issuer is the unit of the entry that called for the slip, else the handling unit.
     *
     * @return the issuer's name, for the body of the letter
     */
    String openLetter(SlipPdf pdf, Slip slip, SlipIssue issue) {
        Dossier d = issue.dossier();
        String issuerCode = issue.entry().unitCode() != null ? issue.entry().unitCode() : d.handlingUnitCode();
        open(pdf, issuerCode, issue.entry().occurredAt(), slip.titleVi(), d);
        pdf.field("Kính gửi", "Ông/Bà " + d.applicantName());
        pdf.paragraph(unitName(d.receivingUnitCode()) + " đã tiếp nhận hồ sơ của ông/bà, nội dung yêu cầu giải "
                + "quyết: " + procedureLine(d) + ".");
        pdf.field("Thời gian nhận hồ sơ", at(d.receivedAt()));
        return unitName(issuerCode);
    }

    /** Who the applicant is and how to reach them. */
    void applicant(SlipPdf pdf, Dossier d) {
        pdf.field("Ông/Bà", d.applicantName());
        if (d.applicantPhone() != null) {
            pdf.field("Số điện thoại", d.applicantPhone());
        }
        if (d.applicantEmail() != null) {
            pdf.field("Thư điện tử", d.applicantEmail());
        }
    }

    /** The small print of the receipts: how to follow the dossier, and the receiving point's hotline if it has one. */
    void trackingFootnote(SlipPdf pdf, Dossier d, String howToTrack) {
        String receiver = unitName(d.receivingUnitCode());
        pdf.footnote(howToTrack + unit(d.receivingUnitCode()).map(Unit::hotline).filter(h -> !h.isBlank())
                .map(h -> " Số điện thoại đường dây nóng của " + receiver + ": " + h + ".").orElse(""));
    }

    /** ", số điện thoại 0263 …" after a unit's name, or nothing if the unit has no hotline. */
    String hotline(String unitCode) {
        return unit(unitCode).map(Unit::hotline).filter(h -> !h.isBlank()).map(h -> ", số điện thoại " + h).orElse("");
    }

    /** The time limit and fee of the dossier's procedure on its channel, if the catalog has them. */
    Optional<ChannelTerms> terms(Dossier d) {
        return procedure(d).flatMap(p -> p.termsFor(d.channel()));
    }

    Optional<Procedure> procedure(Dossier d) {
        return procedures.apply(d.procedureCode());
    }

    Optional<Unit> unit(String code) {
        return code == null ? Optional.empty() : units.apply(code);
    }

    /** The unit's name; its code if the organisation does not know it; a line to fill in if there is no unit. */
    String unitName(String code) {
        if (code == null) {
            return SlipPdf.BLANK;
        }
        return unit(code).map(Unit::name).orElse(code);
    }

    static String procedureLine(Dossier d) {
        return d.procedureName() + " (mã thủ tục " + d.procedureCode() + ")";
    }

    static String at(LocalDateTime at) {
        return at == null ? null : AT.format(at);
    }

    /** A note written by an officer, one line per item, each with a dash unless the officer listed it already. */
    static List<String> noteLines(String note) {
        if (note == null || note.isBlank()) {
            return List.of(SlipPdf.BLANK + SlipPdf.BLANK, SlipPdf.BLANK + SlipPdf.BLANK);
        }
        return note.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> LISTED.matcher(l).lookingAt() ? l : "- " + l).toList();
    }

    /** "a) …", "b) …": the items of a list in the letters of the alphabet. */
    static List<String> numbered(List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((char) ('a' + i % 26) + ") " + items.get(i));
        }
        return lines;
    }

    /** "50.000 đồng", or "Không thu" for a free procedure. */
    static String money(long vnd) {
        if (vnd == 0) {
            return "Không thu";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(vnd) + " đồng";
    }

    /**
     * The place-and-date line of an administrative document (Decree 30/2020/NĐ-CP, Appendix I, unverified here):
     * the place is the commune for a commune-level unit and the province for the others; a day below 10 and the
     * months January and February take a leading zero: "Xuân Hương - Đà Lạt, ngày 05 tháng 02 năm 2026".
     */
    static String placeAndDate(Unit unit, LocalDateTime at) {
        int day = at.getDayOfMonth();
        int month = at.getMonthValue();
        return place(unit) + ", ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month < 3 ? "0" + month : month)
                + " năm " + at.getYear();
    }

    static String place(Unit unit) {
        if (unit == null) {
            return "…………";
        }
        String name = SlipPdf.nfc(unit.name());
        if ("COMMUNE".equals(unit.level())) {
            String lower = name.toLowerCase(SlipPdf.VI);
            for (String kind : List.of("phường ", "xã ", "đặc khu ", "thị trấn ")) {
                int i = lower.lastIndexOf(kind);
                if (i >= 0) {
                    String rest = name.substring(i + kind.length()).strip();
                    // "Phường 12" keeps its kind: a number alone is not a place name.
                    return rest.matches("\\d+") ? name.substring(i).strip() : rest;
                }
            }
            return name;
        }
        if (unit.address() != null && !unit.address().isBlank()) {
            String address = SlipPdf.nfc(unit.address());
            String last = address.substring(address.lastIndexOf(',') + 1).strip();
            String lower = last.toLowerCase(SlipPdf.VI);
            for (String kind : List.of("tỉnh ", "thành phố ")) {
                if (lower.startsWith(kind)) {
                    return last.substring(kind.length()).strip();
                }
            }
            return last;
        }
        return "…………";
    }
}
