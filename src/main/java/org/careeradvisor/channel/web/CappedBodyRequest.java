package org.careeradvisor.channel.web;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * The request with a body that cannot be read past the limit: the read that would pass it fails with
 * {@link BodyTooLargeException}, so a chunked body (no Content-Length to check up front) is never read, let alone
 * buffered, beyond the limit by anything downstream (message converters, multipart or form parsing).
 */
final class CappedBodyRequest extends GuardedBodyRequest {

    private final long limit;

    CappedBodyRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    ServletInputStream guard(ServletInputStream body) {
        return new Capped(body, limit);
    }

    /** A body larger than the limit was being read. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("The request body must be at most " + limit + " bytes.");
        }
    }

    /** The body-too-large failure among the failure and its causes, if it is one. */
    static Optional<BodyTooLargeException> tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }

    private static final class Capped extends GuardedStream {
        private final long limit;
        private long read;

        Capped(ServletInputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never asks for more than one byte past the limit, so an oversized body is noticed without being taken in.
            int n = in.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - read + 1)));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
