package org.careeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's packages are Spring Modulith modules: the build fails when one reaches into another's internals
 * or past the dependencies it declares, and the module documentation in {@code docs/modules} is what the code is.
 */
class ModularityTests {

    // The offline tools (evaluation, benchmark) are built apart, in src/tools: not on this class path at all.
    private static final ApplicationModules MODULES = ApplicationModules.of("org.careeradvisor");

    /** Where the documentation is kept; {@code -Dmodules.docs.update=true} writes it there instead of comparing. */
    private static final Path DOCS = Path.of("docs", "modules");

    private static final Path GENERATED = Path.of("target", "spring-modulith-docs");

    @Test
    void everyModuleUsesOnlyTheOthersPublicTypesAndTheDependenciesItDeclares() {
        MODULES.verify();
    }

    @Test
    void theModuleDocumentationInDocsIsTheOneTheCodeGenerates() throws IOException {
        boolean update = Boolean.getBoolean("modules.docs.update");
        Path target = update ? DOCS : GENERATED;
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(target.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(files(DOCS))
                .as("docs/modules is out of date: regenerate it with ./mvnw test -Dtest=ModularityTests "
                        + "-Dmodules.docs.update=true and commit the result")
                .isEqualTo(files(target));
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                // Lines compared in order of their text: the generator does not keep the order of relations stable.
                files.put(
                        path.getFileName().toString(),
                        Files.readString(path).lines().sorted().collect(Collectors.joining("\n")));
            }
        }
        return files;
    }
}
