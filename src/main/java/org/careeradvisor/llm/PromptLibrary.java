package org.careeradvisor.llm;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The prompt templates in {@code prompts/} (packaged with the application), each overridable by a file of the same
 * name in {@code advisor.llm.prompts-dir}. Templates name their variables as {@code {{name}}}.
 */
public class PromptLibrary {

    private final Path overrides;

    public PromptLibrary(String overridesDir) {
        this.overrides = overridesDir == null || overridesDir.isBlank() ? null : Path.of(overridesDir);
    }

    public String system() {
        return read("system.txt");
    }

    /** The answer prompt for an intent (e.g. "compare"), falling back to the plain question prompt. */
    public String answer(String intent, Map<String, Object> variables) {
        String name = "answer-" + intent + ".txt";
        String template = exists(name) ? read(name) : read("answer-question.txt");
        return PromptTemplate.from(template).apply(variables).text();
    }

    public String rewrite(Map<String, Object> variables) {
        return PromptTemplate.from(read("rewrite.txt")).apply(variables).text();
    }

    private boolean exists(String name) {
        return overrides != null && overrides.resolve(name).toFile().isFile()
                || new ClassPathResource("prompts/" + name).exists();
    }

    private String read(String name) {
        Resource resource =
                overrides != null && overrides.resolve(name).toFile().isFile()
                        ? new FileSystemResource(overrides.resolve(name))
                        : new ClassPathResource("prompts/" + name);
        try (InputStream input = resource.getInputStream()) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Prompt " + name + " cannot be read", e);
        }
    }
}
