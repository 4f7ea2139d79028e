package org.careeradvisor.channel.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body is read only through a guard (a size cap, a deadline), whether downstream asks for the stream
 * or the reader; the guard is made once, on first use.
 */
abstract class GuardedBodyRequest extends HttpServletRequestWrapper {

    private ServletInputStream stream;
    private BufferedReader reader;

    GuardedBodyRequest(HttpServletRequest request) {
        super(request);
    }

    /** The guarded stream over the request's own body stream. */
    abstract ServletInputStream guard(ServletInputStream body);

    @Override
    public final ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = guard(super.getInputStream());
        }
        return stream;
    }

    @Override
    public final BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    /** A body stream that checks each read and passes everything else to the stream it guards. */
    abstract static class GuardedStream extends ServletInputStream {

        final ServletInputStream in;

        GuardedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
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
    }
}
