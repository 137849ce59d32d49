package vn.motcua.importer.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The official list next to the export gives each procedure's implementing agency, read as RFC 4180 CSV. */
class OfficialListTest {

    private static final String HEADER = "ma_thu_tuc,ten_thu_tuc,co_quan_thuc_hien,co_quan_co_tham_quyen\r\n";

    @TempDir
    Path dir;

    @Test
    void theImplementingAgencyIsTakenElseTheCompetentOneWithQuotedCommasQuotesAndLineBreaks() throws IOException {
        write("\uFEFF" + HEADER
                + "1.000001,\"Cấp giấy phép, gia hạn\",\"Ủy ban nhân dân cấp xã\",\n"
                + " 1.000002 ,Đăng ký,,\"Sở Tư pháp \"\"tỉnh\"\"\"\r\n"
                + "\n"
                + "1.000003,\"Hai\ndòng\",\"Phòng\nTư pháp\",Sở\n");

        assertThat(OfficialList.agencies(dir.resolve("export.json"))).containsOnly(
                entry("1.000001", "Ủy ban nhân dân cấp xã"),
                entry("1.000002", "Sở Tư pháp \"tỉnh\""),
                entry("1.000003", "Phòng\nTư pháp"));
    }

    @Test
    void aProcedureWithoutAnyAgencyOrAShortRecordGivesNothingAndTheFirstMentionWins() throws IOException {
        write(HEADER + "1.000001,Không cơ quan, , \n1.000002,Thiếu cột\n1.000003,A,Sở A,\n1.000003,A,Sở B,\n");

        assertThat(OfficialList.agencies(dir.resolve("export.json"))).containsOnly(entry("1.000003", "Sở A"));
    }

    @Test
    void aListWithoutTheColumnsOrNoListAtAllGivesNothing() throws IOException {
        assertThat(OfficialList.agencies(dir.resolve("export.json"))).isEmpty();

        write("ma_thu_tuc,ten_thu_tuc\n1.000001,Đăng ký\n");
        assertThat(OfficialList.agencies(dir.resolve("export.json"))).isEmpty();
    }

    private void write(String csv) throws IOException {
        Files.writeString(dir.resolve(OfficialList.FILE_NAME), csv, StandardCharsets.UTF_8);
    }
}
