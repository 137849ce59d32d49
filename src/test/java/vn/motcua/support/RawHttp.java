package vn.motcua.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: sends exactly the bytes given (a malformed request line,
 * a bad %-escape, a body that is not what its headers say), which Java's HTTP clients refuse to send.
 */
public final class RawHttp {

    private final int port;
    private final int timeoutMillis;

    public RawHttp(int port) {
        this(port, 60_000);
    }

    /** {@code timeoutMillis}: how long to wait for the next bytes of an answer before giving up. */
    public RawHttp(int port, int timeoutMillis) {
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    public record Answer(int status, String contentType, String headers, String body) {
    }

    /** {@code method target} with the headers and body as given, plus Host, Connection: close and Content-Length. */
    public Answer send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        return exchange(head.toString(), body);
    }

    /** A request line and headers (each ending in CRLF) exactly as given, plus Host and Connection: close. */
    public Answer raw(String requestLineAndHeaders) throws IOException {
        return exchange(requestLineAndHeaders, null);
    }

    private Answer exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                out.write((head + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (java.net.SocketException refusedWhileSending) {
                // the server answered and closed before taking it all (Tomcat after headers over its limit: it cannot
                // know where the body ends): a client reads that answer (RFC 9112 §9.6) rather than give up on a
                // broken pipe; no answer at all still fails below
            }
            byte[] all = readAll(socket.getInputStream());
            int end = indexOf(all, new byte[] {'\r', '\n', '\r', '\n'}, 0);
            String headers = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
            byte[] content = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
            if (headers.length() < 12) {
                throw new IOException("no HTTP answer (connection closed): " + headers);
            }
            int status = Integer.parseInt(headers.substring(9, 12));
            String type = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).strip()).findFirst().orElse("");
            if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
                content = dechunk(content);
            }
            return new Answer(status, type, headers, new String(content, StandardCharsets.UTF_8));
        }
    }

    /** To the end of the answer: its Content-Length, its last chunk, or the connection's end. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
                if (complete(out.toByteArray())) {
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // the server may close at once after a refusal: what came is the answer
        }
        return out.toByteArray();
    }

    private static boolean complete(byte[] so) {
        int end = indexOf(so, new byte[] {'\r', '\n', '\r', '\n'}, 0);
        if (end < 0) {
            return false;
        }
        String headers = new String(so, 0, end, StandardCharsets.ISO_8859_1).toLowerCase();
        int body = so.length - end - 4;
        for (String line : headers.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return body >= Long.parseLong(line.substring(15).strip());
            }
        }
        if (headers.contains("transfer-encoding: chunked")) {
            return new String(so, StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")
                    || new String(so, StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n0\r\n\r\n");
        }
        return headers.startsWith("http/1.1 204") || headers.startsWith("http/1.1 304");
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, i);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0 || lineEnd + 2 + size > chunked.length) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        outer:
        for (int i = from; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
