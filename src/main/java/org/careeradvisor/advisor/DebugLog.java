package org.careeradvisor.advisor;

public final class DebugLog {
    private DebugLog() {
    }

    public static synchronized void write(String line) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/debug-intents.txt"), line + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
