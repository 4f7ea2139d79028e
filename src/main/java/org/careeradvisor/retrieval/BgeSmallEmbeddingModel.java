package org.careeradvisor.retrieval;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/**
 * LangChain4j's in-process bge-small-en-v1.5 (quantized) model, with an ONNX runtime session that keeps its native
 * memory small: LangChain4j's own class opens the session with the runtime's defaults, whose CPU arena grows to the
 * largest set of requests ever embedded at once and never gives memory back, and whose memory patterns are kept for
 * every input length seen. Off, each inference allocates and frees its own buffers (measured in docs/benchmarks.md:
 * resident memory after 16 concurrent clients, same throughput). Each inference runs on the calling thread alone.
 * Same model file, tokenizer and pooling, so the same vectors.
 */
final class BgeSmallEmbeddingModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";

    private final CompletableFuture<OnnxBertBiEncoder> encoder;

    /**
     * Opens the session on a thread of its own (about half a second of graph optimisation), so that the rest of
     * start-up runs beside it; the first embedding waits for it.
     */
    BgeSmallEmbeddingModel() {
        super(null);
        encoder = new CompletableFuture<>();
        Thread loader = new Thread(
                () -> {
                    try {
                        encoder.complete(open());
                    } catch (RuntimeException | Error e) {
                        encoder.completeExceptionally(e);
                    }
                },
                "embedding-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private static OnnxBertBiEncoder open() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream model = resource(MODEL);
                InputStream tokenizer = resource(TOKENIZER)) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            // One thread per inference: texts are embedded in parallel, one per core (LangChain4j's executor at
            // indexing, Tomcat's threads under load), and the runtime's own pool of a thread per core on top of that
            // ran two to four threads per core that spin while they wait. Measured on 2 cores (docs/scaling.md):
            // about twice the texts a second at indexing, and a single text faster too on a busy machine.
            options.setIntraOpNumThreads(1);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot open the embedding model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException(name + " is missing from the class path");
        }
        return stream;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        try {
            return encoder.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }
}
