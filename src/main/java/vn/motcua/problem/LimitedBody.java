package vn.motcua.problem;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * A request whose body stream fails once more than {@code max} bytes are read, however the body arrives (with a declared
 * length or chunked): the app's API ({@code RequestSizeLimit}) and the engine's deployments ({@code EngineRestGate}),
 * each with the exception its error handler turns into 413.
 */
public final class LimitedBody extends HttpServletRequestWrapper {

    private final long max;
    private final Supplier<? extends IOException> tooLarge;
    private ServletInputStream limited;

    public LimitedBody(HttpServletRequest request, long max, Supplier<? extends IOException> tooLarge) {
        super(request);
        this.max = max;
        this.tooLarge = tooLarge;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            ServletInputStream in = super.getInputStream();
            limited = new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) {
                        throw tooLarge.get();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0 && (read += n) > max) {
                        throw tooLarge.get();
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
        return limited;
    }
}
