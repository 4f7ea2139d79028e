package org.careeradvisor.tools;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar target/career-advisor-tools.jar <command>}: runs {@link Tools} in a JVM started from the application
 * jar beside this one, through that jar's Spring Boot {@code PropertiesLauncher} with this jar on its loader path, so
 * the commands use the application's own classes and libraries (the same as
 * {@code java -cp target/career-advisor.jar -Dloader.path=target/career-advisor-tools.jar
 * -Dloader.main=org.careeradvisor.tools.Tools org.springframework.boot.loader.launch.PropertiesLauncher <command>}).
 */
public final class ToolsLauncher {

    static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private ToolsLauncher() {}

    public static void main(String[] args) throws Exception {
        Path tools = Path.of(ToolsLauncher.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path application = tools.resolveSibling("career-advisor.jar");
        if (!Files.isRegularFile(application)) {
            System.err.println(
                    "No " + application + " beside the tools jar: build both with" + " ./mvnw -q package -DskipTests");
            System.exit(2);
        }
        // This JVM's options (a heap limit, -D properties) go to the one that runs the command.
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of(
                "-cp",
                application.toString(),
                "-Dloader.path=" + tools,
                "-Dloader.main=" + Tools.class.getName(),
                LAUNCHER));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        System.exit(process.waitFor());
    }
}
