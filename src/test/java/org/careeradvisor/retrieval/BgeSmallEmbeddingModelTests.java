package org.careeradvisor.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.Test;

/**
 * The service's embedding model (the ONNX session without the CPU arena and memory patterns, opened in the
 * background) gives LangChain4j's vectors: the embedding cache on disk is shared between the two.
 */
class BgeSmallEmbeddingModelTests {

    @Test
    void givesTheSameVectorsAsLangChain4jsModelOneAtATimeAndInParallel() {
        BgeSmallEmbeddingModel model = new BgeSmallEmbeddingModel();
        var reference = SharedIndex.model();
        List<TextSegment> texts = List.of(
                TextSegment.from("What does a machine learning architect earn in the US?"),
                TextSegment.from("Cloud platforms: AWS, Azure, Google Cloud"),
                TextSegment.from("A Ph.D. in computer science, AI, machine learning or a related field"));

        assertThat(model.dimension()).isEqualTo(384);
        assertThat(model.embed("hello").content().vector())
                .containsExactly(reference.embed("hello").content().vector());
        var ours = model.embedAll(texts).content();
        var theirs = reference.embedAll(texts).content();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(ours.get(i).vector())
                    .as(texts.get(i).text())
                    .containsExactly(theirs.get(i).vector());
        }
        assertThat(reference).isInstanceOf(BgeSmallEnV15QuantizedEmbeddingModel.class);
    }
}
