package org.careeradvisor.llm;

import java.util.ArrayList;
import java.util.List;

/** Real-shaped OpenAI chat-completion bodies for WireMock stubs. */
public final class OpenAiStubs {

    private OpenAiStubs() {}

    public static String completion(String content) {
        return """
                {"id": "chatcmpl-test", "object": "chat.completion", "created": 1764000000, "model": "gpt-4o-mini",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": %s}, "logprobs": null, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 812, "completion_tokens": 64, "total_tokens": 876}}
                """.formatted(json(content));
    }

    /** The content split into token-like pieces as server-sent chunks, ending with the usage chunk and [DONE]. */
    public static String stream(String content) {
        List<String> events = new ArrayList<>();
        events.add(chunk("{\"role\": \"assistant\", \"content\": \"\"}", "null"));
        for (int i = 0; i < content.length(); i += 7) {
            events.add(chunk(
                    "{\"content\": " + json(content.substring(i, Math.min(content.length(), i + 7))) + "}", "null"));
        }
        events.add(chunk("{}", "\"stop\""));
        StringBuilder body = new StringBuilder();
        events.forEach(event -> body.append("data: ").append(event).append("\n\n"));
        return body.append("data: [DONE]\n\n").toString();
    }

    private static String chunk(String delta, String finishReason) {
        return "{\"id\": \"chatcmpl-test\", \"object\": \"chat.completion.chunk\", \"created\": 1764000000, \"model\": \"gpt-4o-mini\", "
                + "\"choices\": [{\"index\": 0, \"delta\": " + delta + ", \"logprobs\": null, \"finish_reason\": "
                + finishReason + "}]}";
    }

    public static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
