package org.careeradvisor.channel.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careeradvisor.advisor.MessageText;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the public API ({@code /v3/api-docs}, shown by Swagger UI at {@code /swagger-ui.html}),
 * kept here rather than in annotations so the controllers stay readable. springdoc reads the paths, parameters and
 * body shapes from the controllers and their records; this adds what it cannot see: what each endpoint is for, the
 * real success status, the problem-details errors the filters and the exception handler answer, the events of the
 * stream and the admin bearer token. An endpoint under {@code /api/} missing from {@link #OPERATIONS} is left bare,
 * and {@code ApiDescriptionIntegrationTests} fails on it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String ADMIN_TOKEN = "adminToken";
    private static final String SPRINGDOC = "org.springdoc.";

    /**
     * springdoc's own beans are made when {@code /v3/api-docs} or Swagger UI is first asked for, not at start-up: the
     * description is read from the controllers then anyway, and building its beans took part of every start.
     */
    @Bean
    static org.springframework.beans.factory.config.BeanFactoryPostProcessor springdocOnFirstUse() {
        return factory -> {
            for (String name : factory.getBeanDefinitionNames()) {
                org.springframework.beans.factory.config.BeanDefinition definition = factory.getBeanDefinition(name);
                String declaredBy = definition.getFactoryBeanName() == null
                        ? definition.getBeanClassName()
                        : factory.getBeanDefinition(definition.getFactoryBeanName())
                                .getBeanClassName();
                if (declaredBy != null && declaredBy.startsWith(SPRINGDOC)) {
                    definition.setLazyInit(true);
                }
            }
        };
    }

    private static final String PROBLEM = "Problem";
    private static final String REF = "#/components/";

    /** The errors an operation can answer, each a shared response under {@code components.responses}. */
    private enum Error {
        BAD_REQUEST(
                "400",
                "Bad input: malformed JSON, a field that breaks its rule, or a request path with `;`, `%`, "
                        + "a backslash, an empty, `.` or `..` segment. The `detail` says what to fix.",
                "Invalid request",
                "message must not be blank"),
        UNAUTHORIZED(
                "401",
                "The admin token is missing or wrong; the answer carries `WWW-Authenticate: Bearer`.",
                "Unauthorized",
                "A valid admin token is required: send Authorization: Bearer <advisor.admin.token>."),
        NOT_FOUND(
                "404",
                "No such resource. An id never issued, erased, or belonging to another channel gets this same "
                        + "answer, so the API does not tell which ids exist.",
                "Unknown conversation",
                "No conversation with that id."),
        REQUEST_TIMEOUT(
                "408",
                "The body did not arrive within `advisor.connections.body-read-timeout`; the connection is closed.",
                "Request timeout",
                "The request body did not arrive in time; please send it again."),
        PAYLOAD_TOO_LARGE(
                "413",
                "The body is over `advisor.rate-limit.max-body-bytes` (16 KB by default), announced or "
                        + "chunked; the connection is closed without reading the rest.",
                "Payload too large",
                "The request body must be at most 16384 bytes."),
        UNSUPPORTED_MEDIA_TYPE(
                "415",
                "The body is not `application/json`.",
                "Unsupported Media Type",
                "Content-Type 'text/plain' is not supported."),
        TOO_MANY_REQUESTS(
                "429",
                "Too many requests from this address (or to this conversation, for messages): wait the "
                        + "`Retry-After` seconds.",
                "Too many requests",
                "Too many messages; please wait 12 seconds before sending more."),
        NOT_READY(
                "503",
                "The knowledge index is still being built at start-up: try again after `Retry-After` seconds.",
                "Not ready yet",
                "The advisor is still reading its role documents. Please try again in a few seconds.");

        final String status;
        final String description;
        final Map<String, Object> example;

        Error(String status, String description, String title, String detail) {
            this.status = status;
            this.description = description;
            this.example = new LinkedHashMap<>();
            example.put("type", "about:blank");
            example.put("title", title);
            example.put("status", Integer.parseInt(status));
            example.put("detail", detail);
        }

        String component() {
            StringBuilder name = new StringBuilder();
            for (String word : name().split("_")) {
                name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            return name.toString();
        }

        boolean retryAfter() {
            return this == TOO_MANY_REQUESTS || this == NOT_READY;
        }
    }

    /** What springdoc cannot infer of one operation. */
    private record Doc(
            String tag,
            String summary,
            String description,
            String success,
            String successDescription,
            boolean admin,
            List<Error> errors) {}

    private static final List<Error> READ = List.of(Error.BAD_REQUEST, Error.TOO_MANY_REQUESTS);
    private static final List<Error> BODY = List.of(
            Error.BAD_REQUEST,
            Error.REQUEST_TIMEOUT,
            Error.PAYLOAD_TOO_LARGE,
            Error.UNSUPPORTED_MEDIA_TYPE,
            Error.TOO_MANY_REQUESTS);
    private static final List<Error> ADMIN =
            List.of(Error.BAD_REQUEST, Error.UNAUTHORIZED, Error.NOT_FOUND, Error.TOO_MANY_REQUESTS);

    private static final String CAPABILITY = "The conversation id is a server-issued bearer capability: whoever holds "
            + "it can read, continue, rate and erase the conversation, and nothing else is asked. Keep it as secret as "
            + "the conversation.";

    private static final Map<String, Doc> OPERATIONS = operations();

    private static Map<String, Doc> operations() {
        Map<String, Doc> docs = new LinkedHashMap<>();
        docs.put(
                "POST /api/chat",
                new Doc(
                        "Chat",
                        "Ask a question",
                        "Answers one message. Without `conversationId` a new conversation starts and the server issues its id; "
                                + "send the returned id with the next message to continue it. An id the server never issued to "
                                + "the web chat (made up, another channel's, erased or expired) starts a new conversation under a "
                                + "fresh id and the answer says `unknownConversationId: true`. " + CAPABILITY,
                        "200",
                        "The answer, in Markdown, with its sources and follow-up suggestions.",
                        false,
                        with(BODY, Error.NOT_READY)));
        docs.put(
                "POST /api/chat/stream",
                new Doc(
                        "Chat",
                        "Ask a question, answered as server-sent events",
                        "The same request as `POST /api/chat`, answered as `text/event-stream`. Each event is `event: <name>` "
                                + "and one `data:` line of JSON, in this order:\n\n"
                                + "| event | data |\n|---|---|\n"
                                + "| `meta` | `conversationId`, `messageId`, `intent`, `newConversation`, `unknownConversationId`, as in `/api/chat` |\n"
                                + "| `delta` | `text`: the next piece of the answer (a line or so); the pieces add up to the answer |\n"
                                + "| `reset` | `{}`: with a language model, the text so far is withdrawn and the answer starts again |\n"
                                + "| `sources` | the sources, as in `/api/chat` |\n"
                                + "| `suggestions` | up to three follow-up questions |\n"
                                + "| `done` | `grounded`, the final `intent`; the stream ends |\n"
                                + "| `error` | `message`: composing failed after the stream started; the stream ends |\n\n"
                                + "Bad input, limits and a not-yet-ready index are answered as problem details before the stream "
                                + "starts. " + CAPABILITY,
                        "200",
                        "The answer as a stream of events (see the description).",
                        false,
                        with(BODY, Error.NOT_READY)));
        docs.put(
                "POST /api/feedback",
                new Doc(
                        "Chat",
                        "Rate an answer",
                        "Records 👍 or 👎 (and an optional comment) for one answer of a web conversation; a later rating of "
                                + "the same answer replaces the earlier one. " + CAPABILITY,
                        "204",
                        "Recorded.",
                        false,
                        with(BODY, Error.NOT_FOUND)));
        docs.put(
                "GET /api/conversations/{id}/messages",
                new Doc(
                        "Conversations",
                        "Replay a conversation",
                        "The stored messages of a web conversation, oldest first, as the widget shows them after a reload. "
                                + CAPABILITY,
                        "200",
                        "The messages.",
                        false,
                        with(READ, Error.NOT_FOUND)));
        docs.put(
                "DELETE /api/conversations/{id}",
                new Doc(
                        "Conversations",
                        "Erase a conversation",
                        "Erases a web conversation and everything stored with it. " + CAPABILITY,
                        "204",
                        "Erased.",
                        false,
                        with(READ, Error.NOT_FOUND)));
        docs.put(
                "GET /api/roles",
                new Doc(
                        "Roles",
                        "List the roles",
                        "Every role the advisor knows: id, title, aliases, summary and section titles.",
                        "200",
                        "The roles.",
                        false,
                        with(READ, Error.NOT_READY)));
        docs.put(
                "GET /api/roles/{id}",
                new Doc(
                        "Roles",
                        "One role",
                        "One role with the text of each section.",
                        "200",
                        "The role.",
                        false,
                        with(READ, Error.NOT_FOUND, Error.NOT_READY)));
        docs.put(
                "GET /api/roles/{id}/posting",
                new Doc(
                        "Roles",
                        "A job-posting draft",
                        "A job-posting draft for HR tools, composed only from the role's document; every part names the "
                                + "section it comes from. `compensation` is null when the document has no pay figures.",
                        "200",
                        "The posting draft.",
                        false,
                        with(READ, Error.NOT_FOUND, Error.NOT_READY)));
        docs.put(
                "GET /api/widget/config",
                new Doc(
                        "Widget",
                        "The widget's settings",
                        "What the widget and chat page need of this deployment: the hosts whose links in answers are shown as "
                                + "links (`advisor.links.allowed-hosts`). Cached for five minutes.",
                        "200",
                        "The settings.",
                        false,
                        READ));
        docs.put(
                "GET /api/admin/knowledge",
                new Doc(
                        "Admin",
                        "Knowledge status",
                        "What is indexed now, which files are not served and why, and the indexing job running or last "
                                + "finished. 404 when no admin token is configured.",
                        "200",
                        "The knowledge status.",
                        true,
                        ADMIN));
        docs.put(
                "POST /api/admin/reindex",
                new Doc(
                        "Admin",
                        "Start a reindex",
                        "Starts a reload (only changed files are parsed and embedded again) and answers at once with the "
                                + "job; while one runs, that one is reported instead. The index in service keeps answering.",
                        "202",
                        "The job, queued or running.",
                        true,
                        ADMIN));
        docs.put(
                "GET /api/admin/reindex",
                new Doc(
                        "Admin",
                        "The indexing job",
                        "The indexing job running, else the one waiting, else the last one finished; 404 when none has run.",
                        "200",
                        "The job.",
                        true,
                        ADMIN));
        docs.put(
                "GET /api/admin/insights",
                new Doc(
                        "Admin",
                        "HR insights",
                        "What was answered per role and intent, what could not be answered (knowledge gaps), and the answers "
                                + "rated 👎, over the last `days` days.",
                        "200",
                        "The insights.",
                        true,
                        ADMIN));
        return docs;
    }

    private static List<Error> with(List<Error> base, Error... more) {
        List<Error> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        all.sort(Comparator.comparing(error -> error.status));
        return List.copyOf(all);
    }

    @Bean
    OpenApiCustomizer careerAdvisorApiDescription() {
        return ApiDocumentation::describe;
    }

    static void describe(OpenAPI api) {
        api.info(new Info().title("Career Advisor API").version("1").description(OVERVIEW));
        // Relative, so the description is right behind any proxy whatever host and port it forwards.
        api.servers(List.of(new Server().url("/").description("this server")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components.addSecuritySchemes(
                ADMIN_TOKEN,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                                "The admin token, `advisor.admin.token`, as `Authorization: Bearer <token>`. Without a "
                                        + "token configured the admin endpoints answer 404."));
        components.addSchemas(PROBLEM, problemSchema());
        for (Error error : Error.values()) {
            ApiResponse response = new ApiResponse()
                    .description(error.description)
                    .content(new Content()
                            .addMediaType(
                                    "application/problem+json",
                                    new MediaType()
                                            .schema(new Schema<>().$ref(REF + "schemas/" + PROBLEM))
                                            .example(error.example)));
            if (error.retryAfter()) {
                response.addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("Seconds to wait before trying again.")
                                .schema(new IntegerSchema()));
            }
            if (error == Error.UNAUTHORIZED) {
                response.addHeaderObject(
                        "WWW-Authenticate", new Header().schema(new StringSchema()._default("Bearer")));
            }
            components.addResponses(error.component(), response);
        }
        streamSchemas(components);
        describeFields(components);
        List<String> tags =
                OPERATIONS.values().stream().map(Doc::tag).distinct().toList();
        api.tags(tags.stream().map(name -> new Tag().name(name)).toList());

        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    Doc doc = OPERATIONS.get(method.name() + " " + path);
                    if (doc != null) {
                        describe(path, operation, doc);
                    }
                }));
        components.getSchemas().remove("SseEmitter");
    }

    private static void describe(String path, Operation operation, Doc doc) {
        operation.tags(List.of(doc.tag())).summary(doc.summary()).description(doc.description());
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponse success = responses.remove("200");
        if (success == null) {
            success = new ApiResponse();
        }
        success.description(doc.successDescription());
        if (doc.success().equals("204")) {
            success.content(null);
        }
        if (success.getContent() != null && success.getContent().containsKey("*/*")) {
            // springdoc says */* where a mapping declares no produces; every one of these answers JSON.
            success.getContent().put("application/json", success.getContent().remove("*/*"));
        }
        if (path.equals("/api/chat/stream")) {
            success.content(new Content()
                    .addMediaType(
                            org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE,
                            new MediaType().schema(new Schema<>().$ref(REF + "schemas/ChatStreamEvent"))));
        }
        if (path.equals("/api/admin/reindex") && success.getContent() != null) {
            success.getContent().values().forEach(media -> media.schema(new Schema<>().$ref(REF + "schemas/Job")));
        }
        ApiResponses described = new ApiResponses();
        described.addApiResponse(doc.success(), success);
        for (Error error : doc.errors()) {
            described.addApiResponse(error.status, new ApiResponse().$ref(REF + "responses/" + error.component()));
        }
        operation.responses(described);
        if (doc.admin()) {
            operation.security(List.of(new SecurityRequirement().addList(ADMIN_TOKEN)));
            if (operation.getParameters() != null) {
                // The token is the security scheme, not a parameter.
                operation.getParameters().removeIf(parameter -> "Authorization".equalsIgnoreCase(parameter.getName()));
                if (operation.getParameters().isEmpty()) {
                    operation.parameters(null);
                }
            }
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("id".equals(parameter.getName()) && path.startsWith("/api/conversations/")) {
                    parameter.description("The conversation id a chat answer carried. " + CAPABILITY);
                } else if ("id".equals(parameter.getName()) && path.startsWith("/api/roles/")) {
                    parameter.description("A role id, as `GET /api/roles` lists them (`ai-research-scientist`).");
                }
            }
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem, `application/problem+json`.")
                .addProperty("type", new StringSchema()._default("about:blank"))
                .addProperty(
                        "title",
                        new StringSchema().description("A short summary: `Invalid request`, `Too many requests`."))
                .addProperty("status", new IntegerSchema().description("The HTTP status."))
                .addProperty("detail", new StringSchema().description("What went wrong and what to fix."))
                .addProperty("instance", new StringSchema().description("The request path, when known."))
                .required(List.of("title", "status", "detail"));
    }

    /** The events of {@code POST /api/chat/stream}: each one's name and the JSON of its {@code data} line. */
    private static void streamSchemas(Components components) {
        Map<String, Schema<?>> events = new LinkedHashMap<>();
        events.put(
                "meta",
                new ObjectSchema()
                        .addProperty(
                                "conversationId",
                                new StringSchema().description("The conversation to continue. " + CAPABILITY))
                        .addProperty(
                                "messageId",
                                new StringSchema().description("The answer's id, for `POST /api/feedback`."))
                        .addProperty("intent", new StringSchema())
                        .addProperty("newConversation", new BooleanSchema())
                        .addProperty("unknownConversationId", new BooleanSchema()));
        events.put(
                "delta",
                new ObjectSchema()
                        .addProperty("text", new StringSchema().description("The next piece of the answer.")));
        events.put("reset", new ObjectSchema().description("No fields: the text so far is withdrawn."));
        events.put("sources", new ArraySchema().items(new Schema<>().$ref(REF + "schemas/Source")));
        events.put("suggestions", new ArraySchema().items(new StringSchema()));
        events.put(
                "done",
                new ObjectSchema()
                        .addProperty("grounded", new BooleanSchema())
                        .addProperty("intent", new StringSchema()));
        events.put(
                "error",
                new ObjectSchema()
                        .addProperty("message", new StringSchema().description("A plain message for the user.")));
        List<Schema> oneOf = new ArrayList<>();
        events.forEach((name, data) -> {
            String schemaName = "StreamEvent" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            components.addSchemas(
                    schemaName,
                    new ObjectSchema()
                            .description("`event: " + name + "`, its `data` line as JSON.")
                            .addProperty("event", new StringSchema()._enum(List.of(name)))
                            .addProperty("data", data)
                            .required(List.of("event", "data")));
            oneOf.add(new Schema<>().$ref(REF + "schemas/" + schemaName));
        });
        components.addSchemas(
                "ChatStreamEvent",
                new Schema<>()
                        .description(
                                "One server-sent event: `event: <name>` and "
                                        + "a `data:` line of JSON. Order: meta, delta..., (reset, delta...), sources, suggestions, done; or error.")
                        .oneOf(oneOf));
    }

    /** Field descriptions springdoc cannot read from the records. */
    private static void describeFields(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        field(
                schemas,
                "ChatRequest",
                "conversationId",
                "The id a previous answer carried, to continue that " + "conversation; leave it out to start one. "
                        + CAPABILITY);
        field(
                schemas,
                "ChatRequest",
                "message",
                "The question: visible text, at most "
                        + String.format(Locale.ROOT, "%,d", MessageText.MAX_LENGTH)
                        + " characters, no control characters but "
                        + "tabs and line breaks.");
        field(
                schemas,
                "ChatResponse",
                "conversationId",
                "The conversation to send with the next message (24 URL-safe " + "characters, 144 random bits). "
                        + CAPABILITY);
        field(schemas, "ChatResponse", "messageId", "The answer's id, for `POST /api/feedback`.");
        field(schemas, "ChatResponse", "answer", "Markdown; its first line answers on its own.");
        field(
                schemas,
                "ChatResponse",
                "grounded",
                "False when the documents do not answer the question; such answers " + "have no sources.");
        field(
                schemas,
                "ChatResponse",
                "intent",
                "overview, compare, skills_gap, career_path, job_posting, salary, "
                        + "question, smalltalk or out_of_scope.");
        field(schemas, "ChatResponse", "suggestions", "Up to three follow-up questions the role's document covers.");
        field(schemas, "ChatResponse", "newConversation", "This message began a conversation.");
        field(
                schemas,
                "ChatResponse",
                "unknownConversationId",
                "The id sent was not one this server issued to the web "
                        + "chat (or it was erased): a new conversation began under the returned id.");
        field(
                schemas,
                "Source",
                "score",
                "The section's semantic relevance to the question, 0 to 1; 0 when "
                        + "the search did not find the section (a whole section or posting the answer drew on directly).");
        field(schemas, "Source", "section", "The section's heading path (`Requirements > Technical skills`).");
        field(schemas, "Source", "excerpt", "The part quoted, as plain text, one statement a line.");
        field(schemas, "FeedbackRequest", "conversationId", "The conversation of the answer. " + CAPABILITY);
        field(schemas, "FeedbackRequest", "messageId", "The `messageId` of the answer rated.");
        example(schemas, "ChatRequest", "conversationId", "t3F0cV9rN2ZqWm1hQ2lHbkRx");
        example(schemas, "ChatRequest", "message", "What does an AI research scientist earn?");
        example(schemas, "FeedbackRequest", "conversationId", "t3F0cV9rN2ZqWm1hQ2lHbkRx");
        example(schemas, "FeedbackRequest", "messageId", "0c9f6a1e-2b7d-4c58-a3e9-f1d2b6c4a8e0");
        example(schemas, "FeedbackRequest", "rating", "down");
        example(schemas, "FeedbackRequest", "comment", "No pay figures");
    }

    private static void field(Map<String, Schema> schemas, String schema, String property, String description) {
        Schema<?> field = property(schemas, schema, property);
        if (field != null) {
            field.setDescription(description);
        }
    }

    private static void example(Map<String, Schema> schemas, String schema, String property, Object example) {
        Schema<?> field = property(schemas, schema, property);
        if (field != null) {
            field.setExample(example);
        }
    }

    private static Schema<?> property(Map<String, Schema> schemas, String schema, String property) {
        Schema<?> owner = schemas == null ? null : schemas.get(schema);
        return owner == null || owner.getProperties() == null
                ? null
                : owner.getProperties().get(property);
    }

    private static final String OVERVIEW = """
            Answers career questions from the organisation's role documents, for sites and HR tools.

            - **Conversations.** Conversation ids are issued by the server only and are bearer capabilities: whoever \
            holds one can read, continue, rate and erase that conversation, and nothing else is asked. They are 144 \
            random bits, never guessable; an id the server did not issue starts a new conversation. Keep them as secret \
            as the conversation.
            - **Errors** are `application/problem+json` (RFC 9457) with a `detail` that says what to fix.
            - **Limits.** Every `/api/` request is rate-limited per client address; by default 60 messages (chat, \
            stream, feedback) a minute per address and 20 per conversation, and 120 other API requests a minute per \
            address (`advisor.rate-limit.*`). Over the limit is `429` with `Retry-After`. Bodies are capped at 16 KB \
            (`413`). A request path must be written the one way it is \
            mapped: `;`, `%`, backslashes, empty, `.` and `..` segments are refused with `400`.
            - **Start-up.** While the knowledge index is first built, the endpoints that need it answer `503` with \
            `Retry-After`.
            - **Browsers** on other origins may call the API only from `advisor.web.allowed-origins`, without credentials.
            - **Admin** endpoints (`/api/admin/**`) need the admin token as a bearer token.
            """;
}
