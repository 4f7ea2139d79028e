package org.careeradvisor.benchmark;

import java.util.List;
import java.util.Map;

/**
 * How the service is launched: the README's {@code ./mvnw spring-boot:run} (the Spring Boot Maven plugin's
 * {@code jvmArguments} and {@code environmentVariables} in {@code pom.xml}) and the image ({@code JAVA_TOOL_OPTIONS}
 * and
 * {@code MALLOC_ARENA_MAX} in {@code docker/Dockerfile}) use the same options, and the benchmark runs its server with
 * them; a test keeps the three the same. Sized from measured resident memory, see docs/benchmarks.md.
 */
public final class JvmOptions {

    /** A serial collector and a heap of 128 MiB (the live heap is about 32 MiB); no full collections at start-up. */
    public static final List<String> DEPLOYED =
            List.of("-XX:+UseSerialGC", "-Xmx128m", "-XX:MetaspaceSize=128m", "-XX:+ExitOnOutOfMemoryError");

    /**
     * The image's options: {@link #DEPLOYED} and a trim of the native heap every 5 s (malloc_trim: memory the ONNX
     * runtime
     * and the JIT freed goes back to the system), which needs Java 17.0.9 or newer, as the image has; the README's
     * {@code ./mvnw spring-boot:run} may run on an older Java 17, so it goes without.
     */
    public static final List<String> IMAGE = java.util.stream.Stream.concat(
                    DEPLOYED.stream(),
                    java.util.stream.Stream.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000"))
            .toList();

    /**
     * Two glibc malloc arenas instead of up to eight per core: the ONNX runtime allocates from every calling thread.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private JvmOptions() {}
}
