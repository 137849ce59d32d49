package vn.motcua.slips.internal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.payment.FeeReceipt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.slips.internal.SlipFixtures.APPLICANT;
import static vn.motcua.slips.internal.SlipFixtures.CODE;
import static vn.motcua.slips.internal.SlipFixtures.PROCEDURE;
import static vn.motcua.slips.internal.SlipFixtures.WARD_NAME;
import static vn.motcua.slips.internal.SlipFixtures.accepted;
import static vn.motcua.slips.internal.SlipFixtures.details;
import static vn.motcua.slips.internal.SlipFixtures.dossier;
import static vn.motcua.slips.internal.SlipFixtures.submitted;
import static vn.motcua.slips.internal.SlipFixtures.text;

/** The receipt (biên lai) of a paid fee as PDF: what it states, read back with PDFBox; amounts in words. */
class FeeReceiptTest {

    private final SlipRenderer renderer = SlipFixtures.renderer();
    private static final LocalDateTime PAID = LocalDateTime.of(2026, 11, 28, 14, 5);

    private static DossierDetails paidDossier() {
        return details(dossier(Channel.ONLINE, DossierStatus.PROCESSING, SlipFixtures.WARD, SlipFixtures.DUE),
                submitted(), accepted());
    }

    @Test
    void aReceiptPaidOnlineStatesNumberPayerFeeAmountInFiguresAndWordsDateAndPlatform() {
        DossierDetails d = paidDossier();
        FeeReceipt receipt = new FeeReceipt(d.dossier().id(), CODE, "1.001193", "BL-2026-000042", 1_500_000, true,
                PAID, "paygov:TX-9", "H36.24781-" + CODE + "-01", "TX-9");

        String text = text(renderer.renderFeeReceipt(d, receipt));

        assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "Mã hồ sơ: " + CODE, "Số biên lai: BL-2026-000042",
                "Đơn vị thu: " + WARD_NAME, "Họ tên người nộp: " + APPLICANT, PROCEDURE, "1.500.000 đ",
                "Số tiền bằng chữ: Một triệu năm trăm nghìn đồng", "Ngày nộp: 28/11/2026",
                "Cổng thanh toán quốc gia", "mã giao dịch TX-9", "Mẫu số: 01BLP0-001", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(text).doesNotContain("1500000", "1,500,000");
    }

    @Test
    void aReceiptPaidAtTheCounterNamesTheReceiverAndEmbedsTheFont() throws Exception {
        DossierDetails d = paidDossier();
        FeeReceipt receipt = new FeeReceipt(d.dossier().id(), CODE, "1.001193", "BL-2026-000043", 50_000, false,
                PAID, "xuanhuong.tiepnhan", null, null);

        byte[] pdf = renderer.renderFeeReceipt(d, receipt);

        assertThat(text(pdf)).contains("50.000 đ", "Năm mươi nghìn đồng", "Tiền mặt tại bộ phận một cửa",
                "NGƯỜI THU TIỀN", "xuanhuong.tiepnhan").doesNotContain("Cổng thanh toán");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
            assertThat(document.getDocumentInformation().getTitle()).contains("BL-2026-000043", CODE);
        }
    }

    @Test
    void anotherDossiersReceiptIsNeverPrinted() {
        FeeReceipt foreign = new FeeReceipt(java.util.UUID.randomUUID(), "X", "1.001193", "BL-2026-000044", 1, false,
                PAID, "x", null, null);
        assertThatThrownBy(() -> renderer.renderFeeReceipt(paidDossier(), foreign))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} đ")
    @CsvSource(delimiter = '|', value = {
            "0|Không đồng",
            "5|Năm đồng",
            "15|Mười lăm đồng",
            "21|Hai mươi mốt đồng",
            "105|Một trăm linh năm đồng",
            "1000|Một nghìn đồng",
            "1005|Một nghìn không trăm linh năm đồng",
            "50000|Năm mươi nghìn đồng",
            "150000|Một trăm năm mươi nghìn đồng",
            "1500000|Một triệu năm trăm nghìn đồng",
            "2035000|Hai triệu không trăm ba mươi lăm nghìn đồng",
            "1000000000|Một tỷ đồng",
            "1200000000000|Một nghìn hai trăm tỷ đồng"})
    void amountsInWords(long vnd, String words) {
        assertThat(AmountInWords.words(vnd)).isEqualTo(words);
    }

    @Test
    void amountsInFiguresUseDotsAndTheDongSign() {
        assertThat(AmountInWords.figures(1_500_000)).isEqualTo("1.500.000 đ");
        assertThat(AmountInWords.figures(0)).isEqualTo("0 đ");
    }
}
