package vn.motcua.problem.internal;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import vn.motcua.problem.Problems;

import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The servlet container's last word on an error nobody else answered (a malformed path such as {@code /api/v1/%}, an
 * encoded slash, a request line or headers over the limits, anything refused before a servlet is chosen) as
 * problem+json in Vietnamese and English instead of Tomcat's HTML page. Tomcat creates it by class name (the host's
 * {@code errorReportValveClass}), so it holds no Spring bean and writes its small JSON itself.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String[] title = Problems.title(status);
        String body = "{\"type\":\"about:blank\",\"title\":\"" + escape(title[0] + " / " + title[1]) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(title[0] + " / " + title[1]) + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (Exception | Error e) {
            // the client is gone or the response cannot be written: nothing more to say
            if (e instanceof VirtualMachineError error) {
                throw error;
            }
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
