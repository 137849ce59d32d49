package vn.motcua.dossier.internal;

import vn.motcua.support.SampleFiles;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.motcua.support.Dossiers;
import vn.motcua.support.Officers;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Over the servlet's multipart limits, a real server answers 413 with a problem in both languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @Test
    void aFileOverTenMegabytesIsRefusedWithAProblemThatSaysTheLimits() throws Exception {
        String boundary = "motcua-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "dossier", null, "application/json",
                json.writeValueAsBytes(Dossiers.birthRegistration(Officers.XUANHUONG, "ONLINE")));
        byte[] scan = new byte[(int) AttachmentRules.MAX_FILE_BYTES + 64 * 1024];
        System.arraycopy(SampleFiles.PDF, 0, scan, 0, SampleFiles.PDF.length);
        part(body, boundary, "attachments", "lon.pdf", "application/pdf", scan);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("detail").asText()).contains("mỗi tệp tối đa 10 MB", "at most 10 MB each");
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String fileName, String type,
                             byte[] content) throws java.io.IOException {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
