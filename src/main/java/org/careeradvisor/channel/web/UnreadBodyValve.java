package org.careeradvisor.channel.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Closes the connection after the response, without reading the rest of the request body, for requests a filter has
 * refused and for every request answered without its whole body having been read (a body sent to an endpoint that
 * takes none, a request refused before its body was read). Tomcat otherwise reads ("swallows") up to
 * {@code server.tomcat.max-swallow-size} of an unread body to keep the connection alive, after the filters (and
 * their per-address cap) are done with the request, and a client trickling that body would hold the request thread
 * all the while; the servlet API has no way to say "do not", so this Tomcat valve does it once the filters have
 * answered.
 */
class UnreadBodyValve extends ValveBase {

    private static final String DROP_BODY = UnreadBodyValve.class.getName() + ".dropBody";

    UnreadBodyValve() {
        super(true);
    }

    /** Marks the request so that its unread body is not read and its connection is closed after the response. */
    static void dropRestOfBody(HttpServletRequest request) {
        request.setAttribute(DROP_BODY, Boolean.TRUE);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        boolean completed = false;
        try {
            getNext().invoke(request, response);
            completed = true;
        } finally {
            if (request.getAttribute(DROP_BODY) != null) {
                dropBody(request, response);
            } else if (completed
                    && !request.isAsyncStarted()
                    && !request.getCoyoteRequest().isFinished()) {
                // Answered with body left unread: send the answer now, then close rather than swallow the rest.
                if (!response.isCommitted() && !response.isError()) {
                    response.setHeader("Connection", "close");
                    response.flushBuffer();
                }
                dropBody(request, response);
            }
        }
    }

    private static void dropBody(Request request, Response response) {
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        if (response.isCommitted()) {
            // A filter has answered; turning swallowing off marks the exchange as failed, which must not add
            // an error page to that answer. An uncommitted error (a read timeout) still gets its error page.
            response.setErrorReported();
        }
    }
}
