package org.careeradvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The evaluation and benchmark commands and their question sets live in the tools jar (src/tools), not in the
 * application: its class path, which the service and its module checks see, has none of them.
 */
class ToolsApartTests {

    @Test
    void theApplicationClassPathHasNoEvaluationOrBenchmarkClassesNorTheirData() {
        for (String tool : new String[] {
            "org.careeradvisor.evaluation.EvaluationCommand",
            "org.careeradvisor.benchmark.BenchmarkCommand",
            "org.careeradvisor.tools.Tools"
        }) {
            assertThatThrownBy(() -> Class.forName(tool)).as(tool).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(new ClassPathResource("evaluation/questions.json").exists()).isFalse();
        // and the application itself is there
        assertThat(new ClassPathResource("org/careeradvisor/CareerAdvisorApplication.class").exists())
                .isTrue();
    }
}
