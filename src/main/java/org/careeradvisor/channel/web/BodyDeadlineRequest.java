package org.careeradvisor.channel.web;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The request with a deadline on its body: every read after the deadline fails with {@link BodyTimeoutException},
 * so a client that trickles its body a byte at a time holds a request thread for the deadline plus one socket read
 * timeout at most, whoever reads the body.
 */
final class BodyDeadlineRequest extends GuardedBodyRequest {

    private final long deadlineNanos;

    BodyDeadlineRequest(HttpServletRequest request, long deadlineNanos) {
        super(request);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    ServletInputStream guard(ServletInputStream body) {
        return new DeadlineStream(body, deadlineNanos);
    }

    /** The body did not arrive in time. */
    static final class BodyTimeoutException extends IOException {
        BodyTimeoutException() {
            super("the request body did not arrive in time");
        }
    }

    private static final class DeadlineStream extends GuardedStream {
        private final long deadlineNanos;

        DeadlineStream(ServletInputStream in, long deadlineNanos) {
            super(in);
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
    }
}
