package org.careeradvisor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options the footprint was measured with (docs/benchmarks.md, the benchmark's server) are the ones the
 * README's {@code ./mvnw spring-boot:run} and the image launch the service with, and the image maps the class data
 * sharing archive its build wrote.
 */
class LaunchOptionsTests {

    @Test
    void theMavenRunTheImageAndTheBenchmarkLaunchTheServiceWithTheSameMeasuredOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));

        assertThat(options(group(pom, "<jvmArguments>([^<]*)</jvmArguments>"))).isEqualTo(JvmOptions.DEPLOYED);
        // and nothing else: the plugin adds -XX:TieredStopAtLevel=1 unless told not to
        assertThat(pom).contains("<optimizedLaunch>false</optimizedLaunch>");
        assertThat(options(group(dockerfile, "JAVA_TOOL_OPTIONS=\"([^\"]*)\"")))
                .isEqualTo(JvmOptions.IMAGE)
                .containsSubsequence(JvmOptions.DEPLOYED);
        JvmOptions.ENVIRONMENT.forEach((name, value) -> {
            assertThat(pom).contains("<" + name + ">" + value + "</" + name + ">");
            assertThat(dockerfile).containsPattern("\\b" + name + "=" + value + "\\b");
        });
        // The heap is capped explicitly, not as a share of the container limit.
        assertThat(dockerfile).doesNotContain("MaxRAMPercentage");
    }

    @Test
    void theImageRunsTheExtractedJarWithTheClassDataSharingArchiveItsTrainingRunWrote() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        String archive = group(dockerfile, "-XX:ArchiveClassesAtExit=(\\S+)");

        assertThat(dockerfile)
                .contains(
                        "java -Djarmode=tools -jar target/career-advisor.jar extract --destination /extracted",
                        "COPY --from=build /extracted/lib /app/lib",
                        "COPY --from=build /extracted/career-advisor.jar /app/career-advisor.jar",
                        "-Dspring.context.exit=onRefresh -jar /app/career-advisor.jar");
        assertThat(group(dockerfile, "ENTRYPOINT (\\[.*])"))
                .isEqualTo(
                        "[\"java\", \"-XX:SharedArchiveFile=" + archive + "\", \"-jar\", \"/app/career-advisor.jar\"]");
        // The training run uses the runtime's JVM options (the archive is only mapped by a JVM configured like it).
        assertThat(dockerfile.indexOf("JAVA_TOOL_OPTIONS=")).isLessThan(dockerfile.indexOf("-XX:ArchiveClassesAtExit"));
        assertThat(dockerfile.indexOf("USER advisor")).isLessThan(dockerfile.indexOf("-XX:ArchiveClassesAtExit"));
    }

    private static List<String> options(String value) {
        return Arrays.asList(value.trim().split("\\s+"));
    }

    private static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the file", regex).isTrue();
        return matcher.group(1);
    }
}
