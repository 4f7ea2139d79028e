package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP contract of the chat and roles API, against the started application. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR,
            "advisor.admin.token=" + ChatApiIntegrationTests.ADMIN_TOKEN
        })
class ChatApiIntegrationTests {

    static final String ADMIN_TOKEN = "chat-api-admin";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @BeforeEach
    void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (get("/actuator/health/readiness").statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not become ready");
    }

    @Test
    void answersAPayQuestionWithFiguresSourcesAndSuggestions() throws Exception {
        HttpResponse<String> response =
                postChat("{\"message\": \"What does a machine learning architect earn in the US?\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("conversationId").asString()).isNotBlank();
        assertThat(body.get("messageId").asString()).isNotBlank();
        assertThat(body.get("grounded").asBoolean()).isTrue();
        assertThat(body.get("intent").asString()).isEqualTo("salary");
        assertThat(body.get("answer").asString()).contains("$393,000", "$234,000 to $797,000", "2024");
        JsonNode source = body.get("sources").get(0);
        assertThat(source.get("role").asString()).isEqualTo("Machine Learning Data Architect");
        assertThat(source.get("section").asString()).startsWith("Salary Ranges (US Market, 2024)");
        assertThat(source.get("document").asString()).isEqualTo("roles/machine-learning-data-architect.md");
        assertThat(source.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(source.get("excerpt").asString()).isNotBlank();
        assertThat(body.get("suggestions").size()).isBetween(1, 3);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void withoutAProviderNoModelExistsAndNothingConnects() {
        assertThat(context.getBeanNamesForType(dev.langchain4j.model.chat.ChatModel.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(dev.langchain4j.model.chat.StreamingChatModel.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(org.careeradvisor.advisor.ModelComposer.class))
                .isEmpty();
    }

    @Test
    void offTopicQuestionsAreNotGrounded() throws Exception {
        JsonNode body = JSON.readTree(
                postChat("{\"message\": \"What's the weather in Paris?\"}").body());

        assertThat(body.get("grounded").asBoolean()).isFalse();
        assertThat(body.get("sources").size()).isZero();
    }

    @Test
    void theIssuedConversationIdCarriesFollowUps() throws Exception {
        String id = JSON.readTree(postChat("{\"message\": \"Tell me about the ML data architect role\"}")
                        .body())
                .get("conversationId")
                .asString();

        JsonNode body =
                JSON.readTree(postChat("{\"conversationId\": \"" + id + "\", \"message\": \"and what does it pay?\"}")
                        .body());

        assertThat(body.get("conversationId").asString()).isEqualTo(id);
        assertThat(body.get("newConversation").asBoolean()).isFalse();
        assertThat(body.get("grounded").asBoolean()).isTrue();
        assertThat(body.get("answer").asString()).contains("$393,000");
    }

    static Stream<Arguments> badRequests() {
        String tooLong = "a".repeat(2001);
        return Stream.of(
                Arguments.of("{\"message\": ", "must be a well-formed JSON object"),
                Arguments.of("[1, 2]", "must be a well-formed JSON object"),
                Arguments.of("", "must be a well-formed JSON object"),
                Arguments.of("{}", "message must not be blank"),
                Arguments.of("{\"message\": \"   \"}", "message must not be blank"),
                Arguments.of("{\"message\": \"" + tooLong + "\"}", "message must be at most 2000 characters"),
                Arguments.of("{\"message\": \"\\u0000\"}", "message must contain visible text"),
                Arguments.of("{\"message\": \"\\u0001\\u001b\\u007f\"}", "message must contain visible text"),
                Arguments.of(
                        "{\"message\": \"hi\", \"conversationId\": \"\"}", "conversationId must be 1-64 characters"),
                Arguments.of(
                        "{\"message\": \"hi\", \"conversationId\": \"" + "x".repeat(65) + "\"}",
                        "conversationId must be 1-64 characters"),
                Arguments.of(
                        "{\"message\": \"hi\", \"conversationId\": \"a b/c\"}",
                        "conversationId must be 1-64 characters"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void badInputGetsAProblemWithAClearDetail(String body, String detail) throws Exception {
        HttpResponse<String> response = postChat(body);

        assertProblem(response, 400, detail);
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/chat"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("hello"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 415, "text/plain");
    }

    @Test
    void listsRolesWithTheirSectionsAndShowsOne() throws Exception {
        JsonNode roles = JSON.readTree(get("/api/roles").body());
        assertThat(roles.size()).isEqualTo(5);
        JsonNode architect = null;
        for (JsonNode role : roles) {
            if (role.get("id").asString().equals("machine-learning-data-architect")) {
                architect = role;
            }
        }
        assertThat(architect).isNotNull();
        assertThat(architect.get("sections").toString())
                .contains("Salary Ranges (US Market, 2024)", "Career Development");

        HttpResponse<String> one = get("/api/roles/ai-research-scientist");
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode scientist = JSON.readTree(one.body());
        assertThat(scientist.get("title").asString()).isEqualTo("AI Research Scientist");
        assertThat(scientist.get("sections").get(0).get("text").asString()).isNotBlank();
    }

    @Test
    void anUnknownRoleIsA404Problem() throws Exception {
        assertProblem(get("/api/roles/astronaut"), 404, "No role with id 'astronaut'");
        assertProblem(get("/api/roles/astronaut/posting"), 404, "No role with id 'astronaut'");
    }

    @Test
    void servesAJobPostingDraftAsJsonForHrTools() throws Exception {
        HttpResponse<String> response = get("/api/roles/machine-learning-data-architect/posting");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode posting = JSON.readTree(response.body());
        assertThat(posting.get("role").asString()).isEqualTo("Machine Learning Data Architect");
        assertThat(posting.get("summary").asString()).isNotBlank();
        assertThat(posting.get("responsibilities").get(0).get("section").asString())
                .isNotBlank();
        assertThat(posting.get("requirements").toString()).contains("Bachelor's degree");
        assertThat(posting.get("niceToHave").toString()).contains("Master's degree");
        assertThat(posting.get("compensation").get("figures").toString()).contains("$138,000 to $314,000");
        assertThat(posting.get("compensation").get("context").asString()).contains("2024");
        assertThat(posting.get("sources").size()).isPositive();
        // A posting answers no question, so its sources carry no relevance score (it used to be 0.0 on every one).
        for (JsonNode source : posting.get("sources")) {
            assertThat(source.propertyNames()).containsExactly("role", "section", "document", "excerpt");
            assertThat(source.get("document").asString()).isEqualTo("roles/machine-learning-data-architect.md");
        }
    }

    @Test
    void everyCapabilityAnswersThroughTheChatApiWithItsIntent() throws Exception {
        String[][] cases = {
            {"Tell me about the AI Research Scientist role", "overview"},
            {"Compare AI Research Engineer and AI Research Scientist", "compare"},
            {"I know Python and SQL, which role fits me?", "skills_gap"},
            {"How do I become an ML data architect?", "career_path"},
            {"Draft a job posting for a Machine Learning Data Architect", "job_posting"},
            {"Which ETL tools does an ML architect use?", "question"},
            {"hello", "smalltalk"},
            {"What's the weather in Paris?", "out_of_scope"}
        };
        for (String[] testCase : cases) {
            JsonNode body = JSON.readTree(
                    postChat("{\"message\": \"" + testCase[0] + "\"}").body());
            assertThat(body.get("intent").asString()).as(testCase[0]).isEqualTo(testCase[1]);
            boolean expectSources = !testCase[1].equals("smalltalk") && !testCase[1].equals("out_of_scope");
            assertThat(body.get("sources").size() > 0).as(testCase[0]).isEqualTo(expectSources);
        }
    }

    @Test
    void healthIsUpOnceIndexedAndLivenessDoesNotDependOnTheIndex() throws Exception {
        JsonNode health = JSON.readTree(get("/actuator/health").body());
        // components and details are for the admin token only (anonymous callers see UP or DOWN)
        JsonNode readiness = JSON.readTree(http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        JsonNode liveness = JSON.readTree(get("/actuator/health/liveness").body());

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").has("searchIndex")).isTrue();
        assertThat(readiness
                        .get("components")
                        .get("searchIndex")
                        .get("details")
                        .get("roles")
                        .asInt())
                .isEqualTo(5);
        assertThat(liveness.get("status").asString()).isEqualTo("UP");
        assertThat(liveness.has("components") && liveness.get("components").has("searchIndex"))
                .isFalse();
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception", "org.careeradvisor", "trace", "at java.");
    }

    private HttpResponse<String> postChat(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
