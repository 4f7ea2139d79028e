package org.careeradvisor.llm;

import java.util.Locale;

/** Which language model composes answers ({@code advisor.llm.provider}). */
public enum LlmProvider {

    /** No model: the extractive composer answers and nothing connects. */
    NONE,

    /** Any OpenAI-compatible server (OpenAI, vLLM, LM Studio, ...). */
    OPENAI,

    /** An Ollama server. */
    OLLAMA;

    /** The name as configured, metrics tag and health detail: {@code none}, {@code openai}, {@code ollama}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
