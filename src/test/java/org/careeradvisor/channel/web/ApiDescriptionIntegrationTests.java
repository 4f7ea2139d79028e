package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeradvisor.SharedIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at {@code /v3/api-docs} against the endpoints the app really maps: every handler method
 * under {@code /api/} must be described (purpose, success answer, problem-details errors; the admin ones behind the
 * bearer token), and nothing described may be gone. Swagger UI must load through the request filters and render
 * under the page Content-Security-Policy, in the machine's headless Chromium (skipped where Chromium is missing,
 * unless ADVISOR_REQUIRE_BROWSER=true).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "advisor.knowledge.cache-dir=" + SharedIndex.CACHE_DIR,
            "advisor.admin.token=docs-admin-token",
            "advisor.rate-limit.other-per-ip-per-minute=5"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiDescriptionIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The endpoints that need the knowledge index and so answer 503 while it is first built. */
    private static final Set<String> NEED_THE_INDEX = Set.of(
            "POST /api/chat",
            "POST /api/chat/stream",
            "GET /api/roles",
            "GET /api/roles/{id}",
            "GET /api/roles/{id}/posting");

    private static final Set<String> STREAM_EVENTS =
            Set.of("meta", "delta", "reset", "sources", "suggestions", "done", "error");

    private static ChromeDriver driver;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void ready() throws Exception {
        for (int i = 0; i < 450 && get("/actuator/health/readiness").statusCode() != 200; i++) {
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyApiEndpointTheAppMapsIsDescribedWithItsAnswersAndErrors() throws Exception {
        JsonNode api = apiDocs();
        Set<String> mapped = mappedApiOperations();
        assertThat(mapped)
                .as("the app's endpoints under /api/")
                .contains(
                        "POST /api/chat",
                        "POST /api/chat/stream",
                        "POST /api/feedback",
                        "GET /api/roles",
                        "GET /api/roles/{id}",
                        "GET /api/roles/{id}/posting",
                        "GET /api/conversations/{id}/messages",
                        "DELETE /api/conversations/{id}",
                        "GET /api/widget/config",
                        "GET /api/admin/knowledge",
                        "POST /api/admin/reindex",
                        "GET /api/admin/insights");

        Set<String> described = new TreeSet<>();
        api.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> described.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(described).as("operations in /v3/api-docs").isEqualTo(mapped);

        List<String> faults = new ArrayList<>();
        for (String key : mapped) {
            String method = key.substring(0, key.indexOf(' '));
            String path = key.substring(key.indexOf(' ') + 1);
            JsonNode operation = api.get("paths").get(path).get(method.toLowerCase());
            faults.addAll(faults(api, key, operation, method, path));
        }
        assertThat(faults).as("what the description leaves out").isEmpty();
    }

    @Test
    void theDescriptionSaysWhatAnIntegratorMustKnow() throws Exception {
        JsonNode api = apiDocs();
        assertThat(api.get("openapi").asString()).startsWith("3.");
        assertThat(api.get("info").get("description").asString())
                .contains("bearer capabilities", "server only", "application/problem+json", "Retry-After");
        JsonNode scheme = api.get("components").get("securitySchemes").get(ApiDocumentation.ADMIN_TOKEN);
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(api.get("paths")
                        .get("/api/conversations/{id}")
                        .get("delete")
                        .get("parameters")
                        .get(0)
                        .get("description")
                        .asString())
                .contains("bearer capability");
        assertThat(schema(api, "ChatRequest")
                        .get("properties")
                        .get("conversationId")
                        .get("description")
                        .asString())
                .contains("server-issued bearer capability");
        assertThat(schema(api, "ChatRequest").get("required").toString()).contains("message");
        assertThat(schema(api, "FeedbackRequest").get("required").toString())
                .contains("conversationId", "messageId", "rating");

        JsonNode stream = api.get("paths").get("/api/chat/stream").get("post");
        JsonNode events = resolve(
                api,
                stream.get("responses")
                        .get("200")
                        .get("content")
                        .get("text/event-stream")
                        .get("schema"));
        Set<String> named = new TreeSet<>();
        for (JsonNode event : events.get("oneOf")) {
            JsonNode resolved = resolve(api, event);
            named.add(resolved.get("properties").get("event").get("enum").get(0).asString());
            assertThat(resolved.get("properties").get("data"))
                    .as("data of %s", event)
                    .isNotNull();
        }
        assertThat(named).isEqualTo(STREAM_EVENTS);
        assertThat(stream.get("description").asString())
                .contains(STREAM_EVENTS.stream().map(e -> "`" + e + "`").toList());
        assertThat(api.get("components").get("schemas").has("SseEmitter")).isFalse();
    }

    @Test
    @Order(2)
    void swaggerUiAndTheDescriptionPassTheRequestFiltersAndAreNotRateLimited() throws Exception {
        HttpResponse<String> welcome = get("/swagger-ui.html");
        assertThat(welcome.statusCode()).isEqualTo(302);
        String index = welcome.headers().firstValue("Location").orElseThrow();
        assertThat(index).isEqualTo("/swagger-ui/index.html");

        HttpResponse<String> page = get(index);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S");
        Matcher assets = Pattern.compile("(?:src|href)=\"\\.?/?([^\"]+)\"").matcher(page.body());
        List<String> loaded = new ArrayList<>();
        while (assets.find()) {
            String asset = "/swagger-ui/" + assets.group(1);
            HttpResponse<String> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            loaded.add(asset);
        }
        assertThat(loaded)
                .contains(
                        "/swagger-ui/swagger-ui-bundle.js",
                        "/swagger-ui/swagger-initializer.js",
                        "/swagger-ui/swagger-ui.css");
        HttpResponse<String> yaml = get("/v3/api-docs.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.1").contains("/api/chat/stream:");
        JsonNode config = JSON.readTree(get("/v3/api-docs/swagger-config").body());
        assertThat(config.get("url").asString()).isEqualTo("/v3/api-docs");
        assertThat(config.get("validatorUrl").asString()).isEqualTo("none");

        // Far more reloads than the 5 other API requests a minute this test allows: the description is not under /api/.
        for (int i = 0; i < 20; i++) {
            assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
            assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        }
        int throttled = 0;
        for (int i = 0; i < 8; i++) {
            throttled += get("/api/widget/config").statusCode() == 429 ? 1 : 0;
        }
        assertThat(throttled).as("the API itself stays rate-limited").isPositive();
        assertThat(get("/v3/api-docs;x").statusCode()).isEqualTo(400);
        assertThat(get("/swagger-ui/%69ndex.html").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(1) // before the test that uses up this address's API allowance
    void swaggerUiRendersEveryOperationUnderTheContentSecurityPolicyAndCallsTheApi() throws Exception {
        startBrowser();
        // Each refusal logged with what was refused, so a failure says which element broke the policy.
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "document.addEventListener('securitypolicyviolation', function (e) { console.error('Refused by CSP: '"
                                + " + e.effectiveDirective + ' ' + e.blockedURI + ' ' + e.sample + ' on '"
                                + " + (e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 200) : e.target)); });"));
        driver.get("http://localhost:" + port + "/swagger-ui.html");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        int operations = mappedApiOperations().size();
        wait.withMessage("every operation rendered")
                .until(d -> d.findElements(By.cssSelector(".opblock")).size() == operations);
        assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).contains("Career Advisor API");
        assertThat(driver.findElements(By.cssSelector(".btn.authorize")))
                .as("the admin token's Authorize button")
                .hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".opblock .authorization__btn")))
                .as("locks on the admin operations")
                .hasSize(4);

        WebElement stream = driver.findElement(By.id("operations-Chat-stream"));
        stream.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.withMessage("stream operation expanded")
                .until(d -> stream.getText().contains("reset"));
        assertThat(stream.getText()).contains("text/event-stream", "suggestions", "429", "503");
        screenshot("swagger-ui.png");

        // "Try it out" on GET /api/roles: the call goes to this origin (the server URL is relative) and its answer
        // shows.
        WebElement roles = driver.findElement(By.id("operations-Roles-roles"));
        roles.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.withMessage("roles expanded")
                .until(d -> !roles.findElements(By.cssSelector(".try-out__btn")).isEmpty());
        roles.findElement(By.cssSelector(".try-out__btn")).click();
        wait.withMessage("execute button")
                .until(d -> !roles.findElements(By.cssSelector(".execute")).isEmpty());
        roles.findElement(By.cssSelector(".execute")).click();
        wait.withMessage("live response")
                .until(d -> !roles.findElements(
                                By.cssSelector(".live-responses-table tr.response .response-col_status"))
                        .isEmpty());
        assertThat(roles.findElement(By.cssSelector(".live-responses-table tr.response .response-col_status"))
                        .getText())
                .startsWith("200");
        assertThat(roles.findElement(By.cssSelector(".live-responses-table")).getText())
                .contains("ai-research-scientist");
        driver.executeScript(
                "arguments[0].scrollIntoView()", roles.findElement(By.cssSelector(".live-responses-table")));
        screenshot("swagger-ui-try-it-out.png");

        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused"))
                .toList();
        assertThat(refused)
                .as("what the page's Content-Security-Policy refused")
                .isEmpty();
    }

    private List<String> faults(JsonNode api, String key, JsonNode operation, String method, String path) {
        List<String> faults = new ArrayList<>();
        if (text(operation, "summary").isBlank()
                || text(operation, "description").isBlank()) {
            faults.add(key + ": no summary or description");
        }
        JsonNode responses = operation.get("responses");
        List<String> statuses = new ArrayList<>();
        responses.propertyNames().forEach(statuses::add);
        List<String> successes =
                statuses.stream().filter(status -> status.startsWith("2")).toList();
        if (successes.size() != 1) {
            faults.add(key + ": success answers " + successes);
        } else {
            JsonNode success = resolve(api, responses.get(successes.get(0)));
            if (text(success, "description").isBlank()
                    || text(success, "description").equals("OK")) {
                faults.add(key + ": the success answer is not described");
            }
            boolean empty = successes.get(0).equals("204");
            if (empty != (success.get("content") == null)) {
                faults.add(key + ": " + successes.get(0) + (empty ? " with" : " without") + " a body");
            }
            if (success.get("content") != null && success.get("content").has("*/*")) {
                faults.add(key + ": success content type */*");
            }
        }
        List<String> expected = new ArrayList<>(List.of("400", "429"));
        if (path.contains("{")) {
            expected.add("404");
        }
        if (operation.has("requestBody")) {
            expected.addAll(List.of("413", "415"));
            JsonNode body = operation.get("requestBody");
            if (!body.path("required").asBoolean(false) || !body.get("content").has("application/json")) {
                faults.add(key + ": request body not a required JSON body");
            }
        } else if (method.equals("POST") && !path.startsWith("/api/admin/")) {
            faults.add(key + ": a public POST without a request body");
        }
        if (NEED_THE_INDEX.contains(key)) {
            expected.add("503");
        }
        boolean admin = path.startsWith("/api/admin/");
        if (admin) {
            expected.add("401");
            if (!operation.path("security").toString().contains(ApiDocumentation.ADMIN_TOKEN)) {
                faults.add(key + ": no adminToken security requirement");
            }
            if (operation.path("parameters").toString().contains("\"Authorization\"")) {
                faults.add(key + ": the token as a parameter");
            }
        } else if (operation.has("security")) {
            faults.add(key + ": a public endpoint with a security requirement");
        }
        for (String status : expected) {
            if (!statuses.contains(status)) {
                faults.add(key + ": no " + status);
            }
        }
        for (String status :
                statuses.stream().filter(status -> status.compareTo("400") >= 0).toList()) {
            JsonNode error = resolve(api, responses.get(status));
            JsonNode problem =
                    error.path("content").path("application/problem+json").path("schema");
            if (problem.isMissingNode()
                    || !resolve(api, problem).path("properties").has("detail")) {
                faults.add(key + ": " + status + " is not a problem-details answer");
            }
            if ((status.equals("429") || status.equals("503"))
                    && !error.path("headers").has("Retry-After")) {
                faults.add(key + ": " + status + " without Retry-After");
            }
        }
        return faults;
    }

    /** Every method and path pattern Spring MVC maps under /api/, as "METHOD /path". */
    private Set<String> mappedApiOperations() {
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods).as("methods of %s", pattern).isNotEmpty();
                methods.forEach(method -> operations.add(method.name() + " " + pattern));
            }
        }
        return operations;
    }

    private static JsonNode schema(JsonNode api, String name) {
        return api.get("components").get("schemas").get(name);
    }

    /** The node a {@code $ref} points at, or the node itself. */
    private static JsonNode resolve(JsonNode api, JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asString();
            assertThat(ref).startsWith("#/");
            current = api.at(ref.substring(1));
            assertThat(current.isMissingNode()).as("target of %s", ref).isFalse();
        }
        return current;
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.has(field) ? "" : node.get(field).asString();
    }

    private JsonNode apiDocs() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void startBrowser() {
        driver = HeadlessChromium.start(1280, 1600);
    }

    private static void screenshot(String name) throws Exception {
        File file = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of("target"));
        Files.copy(file.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
