package vn.motcua.integration.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierQueries.DossierDetails;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the NPSP's connector calls (HTTP Basic with the connector's account, {@link NpspConnectorSecurity}), with the
 * NPSP's field names and date format:
 * <ul>
 * <li>{@code POST /api/v1/npsp/dossiers}: a dossier a citizen filed on the NPSP; {@code 201} with the province's
 *     code, or {@code 200} with {@code TrungLap: "True"} when this MaHoSo was delivered before (nothing new stored);</li>
 * <li>{@code GET /api/v1/npsp/dossiers/{MaHoSo}}: its status (TrangThaiHoSo and dates);</li>
 * <li>{@code GET /api/v1/npsp/dossiers/{MaHoSo}/fees}: the fees due (DanhSachLePhi).</li>
 * </ul>
 * {@code MaHoSo} is the NPSP's reference of a dossier it sent, or the province's own code.
 */
@RestController
@RequestMapping("/api/v1/npsp/dossiers")
class NpspConnectorController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final NpspInbound inbound;
    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final NpspRecorder recorder;
    private final AuditTrail audit;

    NpspConnectorController(NpspInbound inbound, DossierQueries dossiers, ProcedureCatalog catalog, NpspRecorder recorder,
                            AuditTrail audit) {
        this.inbound = inbound;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.recorder = recorder;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> receive(@Valid @RequestBody NpspDossier body) {
        DossierIntake.OnlineApplication application = new DossierIntake.OnlineApplication(body.maTthc().strip(),
                body.maDonViTiepNhan().strip(), body.soDinhDanh().strip(), body.chuHoSo(), birthDate(body.ngaySinh()),
                blankToNull(body.email()), blankToNull(body.soDienThoai()),
                body.duLieuToKhai() == null ? Map.of() : body.duLieuToKhai());
        String reference = body.maHoSo().strip();
        Optional<DossierIntake.Received> received;
        try {
            received = inbound.receive(reference, application);
        } catch (DuplicateKeyException raced) {
            received = Optional.empty(); // the same dossier delivered twice at once: the other request stored it
        }
        if (received.isEmpty()) {
            String code = inbound.known(reference).orElseThrow().code();
            Map<String, Object> answer = status(details(code), reference);
            answer.put("TrungLap", "True");
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
        }
        audit.record("NPSP_DOSSIER_RECEIVED", "DOSSIER", received.get().code(), body.maDonViTiepNhan(), "MaHoSo " + reference);
        Map<String, Object> answer = status(details(received.get().code()), reference);
        answer.put("TrungLap", "False");
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}")
                .buildAndExpand(reference).toUri()).cacheControl(CacheControl.noStore()).body(answer);
    }

    @GetMapping("/{maHoSo}")
    ResponseEntity<Map<String, Object>> status(@PathVariable String maHoSo) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(status(resolve(maHoSo), maHoSo));
    }

    @GetMapping("/{maHoSo}/fees")
    ResponseEntity<Map<String, Object>> fees(@PathVariable String maHoSo) {
        DossierDetails details = resolve(maHoSo);
        Map<String, Object> snapshot = recorder.messages().snapshot(details,
                catalog.find(details.dossier().procedureCode()), List.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fees = (List<Map<String, Object>>) snapshot.get("DanhSachLePhi");
        long total = fees.stream().mapToLong(f -> Long.parseLong(String.valueOf(f.get("Gia")))).sum();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("MaHoSo", maHoSo);
        answer.put("MaHoSoTinh", details.dossier().code());
        answer.put("DanhSachLePhi", fees);
        answer.put("TongTien", String.valueOf(total));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    private Map<String, Object> status(DossierDetails details, String maHoSo) {
        Map<String, Object> snapshot = recorder.messages().snapshot(details,
                catalog.find(details.dossier().procedureCode()), List.of());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("MaHoSo", maHoSo);
        answer.put("MaHoSoTinh", details.dossier().code());
        for (String field : List.of("MaTTHC", "TenTTHC", "TrangThaiHoSo", "NgayTiepNhan", "NgayHenTra",
                "NgayKetThucXuLy", "NgayTra", "DonViXuLy", "KenhThucHien")) {
            answer.put(field, snapshot.get(field));
        }
        answer.put("TenTrangThai", details.dossier().status().labelVi());
        return answer;
    }

    private DossierDetails resolve(String maHoSo) {
        String code = inbound.known(maHoSo).map(NpspInbound.Known::code).orElse(maHoSo);
        return dossiers.forSystem(code).orElseThrow(() -> new NotFoundException("dossier", maHoSo,
                "Không tìm thấy hồ sơ " + maHoSo, "Dossier " + maHoSo + " not found"));
    }

    private DossierDetails details(String code) {
        return dossiers.forSystem(code).orElseThrow();
    }

    private static LocalDate birthDate(String ngaySinh) {
        if (ngaySinh == null || ngaySinh.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(ngaySinh.strip(), DAY);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("NgaySinh", "Ngày sinh phải có dạng yyyyMMdd", "NgaySinh must be yyyyMMdd");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A dossier filed on the NPSP, with the NPSP's field names. */
    record NpspDossier(
            @JsonProperty("MaHoSo") @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9.\\-_:]+") String maHoSo,
            @JsonProperty("MaTTHC") @NotBlank @Size(max = 40) String maTthc,
            @JsonProperty("MaDonViTiepNhan") @NotBlank @Size(max = 35) String maDonViTiepNhan,
            @JsonProperty("ChuHoSo") @NotBlank @Size(max = 200) String chuHoSo,
            @JsonProperty("SoDinhDanh") @NotBlank @Size(max = 12) String soDinhDanh,
            @JsonProperty("NgaySinh") @Size(max = 8) String ngaySinh,
            @JsonProperty("Email") @Email @Size(max = 200) String email,
            @JsonProperty("SoDienThoai") @Pattern(regexp = "\\+?[0-9 .-]{8,20}") String soDienThoai,
            @JsonProperty("DuLieuToKhai") Map<String, Object> duLieuToKhai) {
    }

}
