package org.careeradvisor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Waiting for an application started by a test to report ready. */
public final class Readiness {

    private static final int ATTEMPTS = 450;
    private static final long PAUSE_MILLIS = 200;

    private Readiness() {}

    /**
     * Asks the readiness probe every 200 ms until it answers 200, for at most 90 s, and returns either way: the test
     * that follows fails on what it then finds.
     */
    public static void await(HttpClient http, URI probe) throws IOException, InterruptedException {
        for (int i = 0;
                i < ATTEMPTS
                        && http.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                != 200;
                i++) {
            Thread.sleep(PAUSE_MILLIS);
        }
    }
}
