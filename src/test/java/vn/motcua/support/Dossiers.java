package vn.motcua.support;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;

/**
 * Submission bodies for the three hand-modelled procedures, and the files an online dossier must carry: one part per
 * required document of the procedure's intake form (the server refuses an online dossier lacking one).
 */
public final class Dossiers {

    public static final String BIRTH = "1.001193";
    public static final String HOUSEHOLD_BUSINESS = "1.001612";
    public static final String LAND_CERTIFICATE = "1.012783";

    /** The keys of the land certificate exchange's required documents (forms/form-1.012783.form). */
    public static final List<String> LAND_CERTIFICATE_DOCUMENTS = List.of("applicationForm", "issuedCertificate");
    /** The key of the household business registration's required document (forms/form-1.001612.form). */
    public static final List<String> HOUSEHOLD_BUSINESS_DOCUMENTS = List.of("applicationForm");

    private Dossiers() {
    }

    /** The keys of the required documents of a hand-modelled procedure's intake form (birth registration: none). */
    public static List<String> requiredDocuments(Object procedureCode) {
        return LAND_CERTIFICATE.equals(procedureCode) ? LAND_CERTIFICATE_DOCUMENTS
                : HOUSEHOLD_BUSINESS.equals(procedureCode) ? HOUSEHOLD_BUSINESS_DOCUMENTS : List.of();
    }

    /**
     * The same request for {@code java.net.http}: {@link #request}'s body written as Spring would send it (JSON, or
     * multipart with a small PDF per required document). Returns the Content-Type and the bytes.
     */
    @SuppressWarnings("unchecked")
    public static Map.Entry<String, byte[]> httpBody(Map<String, Object> body) {
        try {
            org.springframework.mock.http.MockHttpOutputMessage out = new org.springframework.mock.http.MockHttpOutputMessage();
            if (request(body) instanceof HttpEntity<?> multipart) {
                new org.springframework.http.converter.support.AllEncompassingFormHttpMessageConverter()
                        .write((MultiValueMap<String, ?>) multipart.getBody(), MediaType.MULTIPART_FORM_DATA, out);
            } else {
                new org.springframework.http.converter.json.MappingJackson2HttpMessageConverter()
                        .write(body, MediaType.APPLICATION_JSON, out);
            }
            return Map.entry(String.valueOf(out.getHeaders().getContentType()), out.getBodyAsBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What to POST to {@code /api/v1/dossiers} with a RestTemplate: the body itself when the dossier needs no file (a
     * counter dossier, or a procedure without required documents), else a multipart request with the body as part
     * {@code dossier} and a small PDF in the part of each required document.
     */
    public static Object request(Map<String, Object> body) {
        List<String> documents = "ONLINE".equals(body.get("channel")) ? requiredDocuments(body.get("procedureCode")) : List.of();
        if (documents.isEmpty()) {
            return body;
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        parts.add("dossier", new HttpEntity<>(body, json));
        for (String document : documents) {
            parts.add(document, new ByteArrayResource(SampleFiles.PDF) {
                @Override
                public String getFilename() {
                    return document + ".pdf";
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    /** The same files for MockMvc's {@code multipart("/api/v1/dossiers")}: a small PDF per required document. */
    public static List<MockMultipartFile> documentFiles(Object procedureCode) {
        return requiredDocuments(procedureCode).stream()
                .map(d -> new MockMultipartFile(d, d + ".pdf", MediaType.APPLICATION_PDF_VALUE, SampleFiles.PDF)).toList();
    }

    public static Map<String, Object> birthRegistration(String unit, String channel) {
        return Map.of(
                "procedureCode", BIRTH,
                "applicant", Map.of("idNumber", Officers.APPLICANT_ID, "fullName", "Nguyễn Thị Hạnh",
                        "email", "hanh@example.vn"),
                "receivingUnitCode", unit,
                "channel", channel,
                "formData", birthForm());
    }

    public static Map<String, Object> birthForm() {
        return Map.of(
                "childFullName", "Nguyễn Minh Khôi",
                "childBirthDate", "2026-11-20",
                "childGender", "nam",
                "birthPlace", "Bệnh viện Đa khoa tỉnh Lâm Đồng",
                "motherFullName", "Nguyễn Thị Hạnh");
    }

    public static Map<String, Object> landCertificate(String unit) {
        return Map.of(
                "procedureCode", LAND_CERTIFICATE,
                "applicant", Map.of("idNumber", Officers.OTHER_ID, "fullName", "Trần Văn Đức"),
                "receivingUnitCode", unit,
                "channel", "ONLINE",
                "formData", Map.of(
                        "certificateNumber", "CS 123456",
                        "parcelNumber", "125",
                        "mapSheetNumber", "12",
                        "parcelAddress", "Thôn Đăng Gia, Xã Lạc Dương",
                        "reason", "Giấy chứng nhận bị ố, nhòe"));
    }
}
