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
 * The request with a deadline on its body: every read after the deadline fails with {@link BodyTimeoutException},
 * so a client that trickles its body a byte at a time holds a request thread for the deadline plus one socket read
 * timeout at most, whoever reads the body.
 */
final class BodyDeadlineRequest extends HttpServletRequestWrapper {

    private final long deadlineNanos;
    private ServletInputStream stream;
    private BufferedReader reader;

    BodyDeadlineRequest(HttpServletRequest request, long deadlineNanos) {
        super(request);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new DeadlineStream(super.getInputStream(), deadlineNanos);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    /** The body did not arrive in time. */
    static final class BodyTimeoutException extends IOException {
        BodyTimeoutException() {
            super("the request body did not arrive in time");
        }
    }

    private static final class DeadlineStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long deadlineNanos;

        DeadlineStream(ServletInputStream in, long deadlineNanos) {
            this.in = in;
            this.deadlineNanos = deadlineNanos;
        }

        private void checkDeadline() throws BodyTimeoutException {
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new BodyTimeoutException();
            }
        }

        @Override
        public int read() throws IOException {
            checkDeadline();
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkDeadline();
            return in.read(buffer, offset, length);
        }

        @Override
        public int readLine(byte[] buffer, int offset, int length) throws IOException {
            checkDeadline();
            return in.readLine(buffer, offset, length);
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
