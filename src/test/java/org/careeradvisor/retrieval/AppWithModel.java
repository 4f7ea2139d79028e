package org.careeradvisor.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.careeradvisor.CareerAdvisorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** The real application on a free port with a test's embedding model (counting or gated) in place of the ONNX one. */
final class AppWithModel {

    private AppWithModel() {}

    /** @param more further arguments after the knowledge folder, cache folder, no watcher and no rate limits */
    static ConfigurableApplicationContext start(Path knowledge, String cacheDir, EmbeddingModel model, String... more) {
        String[] base = {
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:app-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "--advisor.knowledge.dir=" + knowledge,
            "--advisor.knowledge.cache-dir=" + cacheDir,
            "--advisor.knowledge.watch=false",
            "--advisor.rate-limit.enabled=false"
        };
        return new SpringApplicationBuilder(CareerAdvisorApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean(
                                "testEmbeddingModel",
                                EmbeddingModel.class,
                                () -> model,
                                definition -> definition.setPrimary(true)))
                .run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    }
}
