package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.careeradvisor.SharedIndex;
import org.careeradvisor.feedback.FeedbackStore;
import org.careeradvisor.feedback.Rating;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The widget in the machine's headless Chromium, embedded with one script tag by a page on another origin.
 * Skipped with a message where Chromium or chromedriver is missing, unless ADVISOR_REQUIRE_BROWSER=true (set by CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WidgetBrowserIntegrationTests {

    private static final Path KNOWLEDGE = Path.of("target/browser-test-knowledge");
    private static final String XSS_DOCUMENT = """
            ---
            title: Security Tester
            aliases: [Pen Tester]
            summary: Probes defences <img src=x onerror="window.__xss=1"> for a living.
            ---
            # Security Tester
            ## Overview
            A Security Tester probes systems <script>window.__xss=2</script> for weaknesses. See [click me](javascript:window.__xss=3) \
            or [claim your prize](https://evil.example.net/win) and ![tracker](http://example.invalid/pixel.png) and <iframe src="http://example.invalid/frame"></iframe> today.
            ## Requirements
            - Knows <svg onload="window.__xss=4"></svg> and a < b && c > d
            - Reads the [guide](https://example.org/docs) first
            """;

    private static HttpServer hostSite;
    private static HttpServer otherSite;
    private static volatile int appPort;
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    FeedbackStore feedbackStore;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        startHostSite();
        prepareKnowledge();
        registry.add("advisor.knowledge.dir", KNOWLEDGE::toString);
        registry.add("advisor.knowledge.cache-dir", () -> SharedIndex.CACHE_DIR);
        registry.add("advisor.web.allowed-origins", () -> hostOrigin());
        registry.add("advisor.rate-limit.per-conversation-per-minute", () -> "6");
        registry.add("advisor.links.allowed-hosts", () -> "example.org");
    }

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (hostSite != null) {
            hostSite.stop(0);
        }
        if (otherSite != null) {
            otherSite.stop(0);
        }
    }

    @BeforeEach
    void waitUntilReady() throws Exception {
        appPort = port;
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .build();
        for (int i = 0;
                i < 450
                        && http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                != 200;
                i++) {
            Thread.sleep(200);
        }
    }

    @Test
    @Order(1)
    void aPageOnAnotherOriginEmbedsTheWidgetAndGetsAStreamedAnswerWithSources() throws Exception {
        driver.get(hostOrigin() + "/");
        String hostTitleColor = driver.findElement(By.id("host-title")).getCssValue("color");
        SearchContext widget = widget();
        click(widget, ".bubble");
        WebElement input = widget.findElement(By.cssSelector("textarea#career-advisor-input"));
        wait(widget, "panel open", w -> w.findElement(By.cssSelector(".panel")).isDisplayed());
        countRendersOfNextAnswer();
        input.sendKeys("What does a machine learning architect earn in the US?", Keys.ENTER);

        WebElement answer = awaitAnswer(widget, 1);
        assertThat(answer.getText()).contains("$393,000", "$234,000 to $797,000", "2024");
        assertThat((Long) js("return window.__renders || 0"))
                .as("the answer was rendered piece by piece")
                .isGreaterThan(3);
        assertThat(driver.findElement(By.id("host-title")).getCssValue("color")).isEqualTo(hostTitleColor);
        screenshot("widget-answer.png");

        WebElement source = answer.findElement(By.cssSelector(".sources details"));
        assertThat(source.getText()).contains("Machine Learning Data Architect - Salary Ranges (US Market, 2024)");
        source.findElement(By.cssSelector("summary")).click();
        assertThat(source.getAttribute("open")).isNotNull();
        assertThat(source.findElement(By.cssSelector("blockquote")).getText()).contains("$393,000");
    }

    @Test
    @Order(2)
    void aSuggestionChipAsksItsQuestionAndFeedbackIsRecorded() {
        SearchContext widget = widget();
        List<WebElement> chips = widget.findElements(By.cssSelector(".msg.bot .chips button"));
        assertThat(chips).isNotEmpty();
        String suggestion = chips.get(0).getText();
        chips.get(0).click();
        WebElement second = awaitAnswer(widget, 2);
        assertThat(widget.findElements(By.cssSelector(".msg.user")).get(1).getText())
                .isEqualTo(suggestion);
        assertThat(second.findElements(By.cssSelector(".sources details"))).isNotEmpty();

        second.findElement(By.cssSelector(".feedback button[aria-label='Not helpful']"))
                .click();
        WebElement comment = wait(widget, "comment box", w -> w.findElement(By.cssSelector(".comment textarea")));
        comment.sendKeys("Please add more detail");
        widget.findElement(By.cssSelector(".comment button")).click();
        wait(
                widget,
                "thanks",
                w -> w.findElements(By.cssSelector(".comment")).isEmpty()
                        && second.findElement(By.cssSelector(".feedback .note"))
                                .getText()
                                .contains("Thanks"));
        assertThat(feedbackStore.all()).anySatisfy(feedback -> {
            assertThat(feedback.rating()).isEqualTo(Rating.DOWN);
            assertThat(feedback.comment()).isEqualTo("Please add more detail");
        });
    }

    @Test
    @Order(3)
    void theConversationSurvivesAReloadAndKeyboardUseWorks() {
        driver.navigate().refresh();
        SearchContext widget = widget();
        WebElement bubble = widget.findElement(By.cssSelector(".bubble"));
        bubble.click();
        wait(
                widget,
                "restored",
                w -> w.findElements(By.cssSelector(".msg.user")).size() == 2);
        assertThat(widget.findElements(By.cssSelector(".msg.bot .feedback"))).hasSize(2);
        assertThat(widget.findElement(By.cssSelector(".log")).getText()).contains("$393,000");

        WebElement input = widget.findElement(By.cssSelector("textarea#career-advisor-input"));
        input.sendKeys("first line", Keys.chord(Keys.SHIFT, Keys.ENTER), "second line");
        assertThat(input.getAttribute("value")).isEqualTo("first line\nsecond line");
        assertThat(widget.findElements(By.cssSelector(".msg.user"))).hasSize(2);
        input.clear();
        input.sendKeys(Keys.ESCAPE);
        wait(widget, "closed", w -> !w.findElement(By.cssSelector(".panel")).isDisplayed());
        assertThat(js("return document.activeElement.id")).isEqualTo("career-advisor-widget");
        assertThat(widget.findElement(By.cssSelector(".bubble")).getAttribute("aria-expanded"))
                .isEqualTo("false");
        assertThat(widget.findElement(By.cssSelector(".log")).getAttribute("aria-live"))
                .isEqualTo("polite");
    }

    @Test
    @Order(4)
    void documentTextWithMarkupNeitherRunsScriptNorLoadsRemoteImages() {
        SearchContext widget = widget();
        click(widget, ".bubble");
        click(widget, ".new");
        assertThat(widget.findElements(By.cssSelector(".msg.user"))).isEmpty();
        widget.findElement(By.cssSelector("textarea#career-advisor-input"))
                .sendKeys("Tell me about the Security Tester role", Keys.ENTER);
        WebElement answer = awaitAnswer(widget, 1);

        assertThat(answer.getText())
                .contains("<script>window.__xss=2</script>", "a < b && c > d", "click me", "claim your prize");
        assertThat(js("return window.__xss === undefined")).isEqualTo(true);
        WebElement log = widget.findElement(By.cssSelector(".log"));
        assertThat(log.findElements(By.cssSelector("img, script, iframe, svg, object, embed")))
                .isEmpty();
        // Only the allow-listed host (advisor.links.allowed-hosts) is a link; the prize link is text.
        assertThat(log.findElements(By.cssSelector("a")))
                .allSatisfy(link -> {
                    assertThat(link.getAttribute("href")).startsWith("https://example.org/");
                    assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
                    assertThat(link.getAttribute("target")).isEqualTo("_blank");
                })
                .isNotEmpty();
        assertThat((String) js("return performance.getEntriesByType('resource').map(e => e.name).join(' ')"))
                .doesNotContain("example.invalid");
        screenshot("widget-xss-inert.png");
    }

    @Test
    @Order(5)
    void onAPhoneThePanelIsFullScreenWithATitleOnOneLineAndAClearCloseButton() {
        // Emulating the phone's viewport: resizing a headless window can hang the driver.
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", false));
        try {
            driver.navigate().refresh();
            SearchContext widget = widget();
            click(widget, ".bubble");
            WebElement panel = wait(widget, "panel", w -> w.findElement(By.cssSelector(".panel")));
            wait(widget, "panel open", w -> panel.isDisplayed());
            wait(
                    widget,
                    "restored",
                    w -> !w.findElements(By.cssSelector(".msg.bot:not(.greeting) .feedback"))
                            .isEmpty());
            assertThat(js("return window.innerWidth")).isEqualTo(360L);
            // The restored conversation opens at the latest answer's first line, not at its greeting.
            List<WebElement> answers = widget.findElements(By.cssSelector(".msg.bot:not(.greeting)"));
            WebElement latest = answers.get(answers.size() - 1);
            WebElement messages = widget.findElement(By.cssSelector(".log"));
            assertThat(latest.getRect().getY())
                    .isBetween(messages.getRect().getY(), messages.getRect().getY() + 80);
            // Full screen, as Intercom and Crisp do it: no page around the panel.
            assertThat(panel.getRect().getX()).isZero();
            assertThat(panel.getRect().getY()).isZero();
            assertThat(panel.getRect().getWidth()).isEqualTo(360);
            assertThat(panel.getRect().getHeight()).isEqualTo(740);
            // The title stays on one line (cut with an ellipsis), the buttons beside it on the same line.
            WebElement title = widget.findElement(By.cssSelector("header h2"));
            double lineHeight =
                    Double.parseDouble(title.getCssValue("line-height").replace("px", ""));
            assertThat((double) title.getRect().getHeight()).isLessThan(lineHeight * 1.5);
            assertThat(title.getCssValue("text-overflow")).isEqualTo("ellipsis");
            assertThat(title.getAttribute("title")).isEqualTo("Ask our advisor");
            assertThat(widget.findElement(By.cssSelector("header .new")).getText())
                    .isEqualTo("New");
            WebElement close = widget.findElement(By.cssSelector("header .close"));
            assertThat(close.getRect().getWidth()).isGreaterThanOrEqualTo(40);
            assertThat(close.getRect().getHeight()).isGreaterThanOrEqualTo(40);
            assertThat(close.getRect().getX() + close.getRect().getWidth()).isLessThanOrEqualTo(360);
            assertThat(close.getRect().getY())
                    .isLessThan(title.getRect().getY() + title.getRect().getHeight());
            assertThat(widget.findElement(By.cssSelector("textarea#career-advisor-input"))
                            .getCssValue("font-size"))
                    .as("16px at least, or phones zoom in on focus")
                    .isEqualTo("16px");
            screenshot("widget-360px.png");

            close.click();
            wait(widget, "closed", w -> !panel.isDisplayed());
            assertThat(widget.findElement(By.cssSelector(".bubble")).isDisplayed())
                    .isTrue();
            screenshot("widget-360px-closed.png");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    @Order(6)
    void theFullPageChatAnswersUnderItsContentSecurityPolicy() {
        driver.get("http://localhost:" + port + "/");
        SearchContext widget = widget();
        WebElement panel = wait(widget, "page panel", w -> w.findElement(By.cssSelector(".panel")));
        assertThat(widget.findElements(By.cssSelector(".bubble"))).isEmpty();
        assertThat(panel.getRect().getHeight()).isGreaterThan(600);
        widget.findElement(By.cssSelector("textarea#career-advisor-input"))
                .sendKeys("How do I become an ML data architect?", Keys.ENTER);

        WebElement answer = awaitAnswer(widget, 1);
        assertThat(answer.getText()).contains("3-5 years of experience", "Career Development");
        assertThat(answer.findElement(By.cssSelector("ul, ol")).getCssValue("padding-left"))
                .isEqualTo("20px");
        screenshot("chat-page.png");

        widget.findElement(By.cssSelector("textarea#career-advisor-input"))
                .sendKeys("Tell me about the Security Tester role", Keys.ENTER);
        WebElement tester = awaitAnswer(widget, 2);
        assertThat(tester.getText()).contains("claim your prize", "guide");
        assertThat(tester.findElements(By.cssSelector("a")))
                .extracting(link -> link.getAttribute("href"))
                .containsExactly("https://example.org/docs");
    }

    @Test
    @Order(7)
    void aThrottledVisitorIsToldHowLongToWait() {
        driver.get(hostOrigin() + "/");
        SearchContext widget = widget();
        click(widget, ".bubble");
        click(widget, ".new");
        WebElement input = widget.findElement(By.cssSelector("textarea#career-advisor-input"));
        // The first message has no conversation id yet; the next six use up the conversation's allowance of six.
        for (int i = 1; i <= 8; i++) {
            int sent = i;
            wait(widget, "input ready " + i, w -> input.isEnabled());
            input.sendKeys("What does an AI research manager do?", Keys.ENTER);
            wait(
                    widget,
                    "reply " + i,
                    w -> w.findElements(By.cssSelector(".msg.bot:not(.greeting)"))
                                            .size()
                                    >= sent
                            && input.isEnabled());
        }
        WebElement last =
                widget.findElements(By.cssSelector(".msg.bot:not(.greeting)")).get(7);
        assertThat(last.getAttribute("class")).contains("error");
        assertThat(last.getText()).containsPattern("sending messages too quickly\\. Please wait \\d+ seconds");
        assertThat(last.findElements(By.cssSelector(".retry"))).hasSize(1);
        screenshot("widget-throttled.png");
    }

    @Test
    @Order(8)
    void aConversationIdTheServerNeverIssuedIsReplacedByTheOneItIssuesAndKeptAcrossAReload() throws Exception {
        // On a page of the site without the widget, so that no widget saving its own state can overwrite this.
        driver.get(hostOrigin() + "/blank");
        String key = "career-advisor:http://localhost:" + port;
        js("localStorage.setItem('" + key + "', JSON.stringify({ conversationId: 'demo-1', messages: [] }))");
        driver.get(hostOrigin() + "/");
        SearchContext widget = widget();
        click(widget, ".bubble");
        widget.findElement(By.cssSelector("textarea#career-advisor-input"))
                .sendKeys("What does an AI research scientist do?", Keys.ENTER);
        awaitAnswer(widget, 1);

        String id = (String) js("return JSON.parse(localStorage.getItem('" + key + "')).conversationId");
        assertThat(id).isNotEqualTo("demo-1").matches("[A-Za-z0-9_-]{24}");
        var http = java.net.http.HttpClient.newHttpClient();
        var stored = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                "http://localhost:" + port + "/api/conversations/" + id + "/messages"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).contains("What does an AI research scientist do?");

        driver.navigate().refresh();
        SearchContext reloaded = widget();
        click(reloaded, ".bubble");
        wait(
                reloaded,
                "restored",
                w -> w.findElements(By.cssSelector(".msg.user")).size() == 1);
        reloaded.findElement(By.cssSelector(".msg.bot:not(.greeting) .feedback button[aria-label='Helpful']"))
                .click();
        wait(
                reloaded,
                "rated",
                w -> w.findElement(By.cssSelector(".feedback .note")).getText().contains("Thanks"));
    }

    @Test
    @Order(9)
    void suggestionChipsShowUnderTheLatestAnswerOnly() {
        driver.get(hostOrigin() + "/");
        SearchContext widget = widget();
        click(widget, ".bubble");
        click(widget, ".new");
        WebElement input = widget.findElement(By.cssSelector("textarea#career-advisor-input"));
        List<String> questions = List.of(
                "What does a machine learning architect earn in the US?",
                "Tell me about the AI Research Scientist role",
                "How do I become an ML data architect?");
        for (int i = 0; i < questions.size(); i++) {
            wait(widget, "input ready", w -> input.isEnabled());
            input.sendKeys(questions.get(i), Keys.ENTER);
            awaitAnswer(widget, i + 1);
        }
        List<WebElement> answers = widget.findElements(By.cssSelector(".msg.bot:not(.greeting)"));
        assertThat(answers).hasSize(3);
        assertThat(widget.findElements(By.cssSelector(".chips"))).hasSize(1);
        assertThat(answers.get(2).findElements(By.cssSelector(".chips button"))).isNotEmpty();
        assertThat(answers.get(0).findElements(By.cssSelector(".chips"))).isEmpty();
        assertThat(answers.get(1).findElements(By.cssSelector(".chips"))).isEmpty();
        js("document.getElementById('career-advisor-widget').shadowRoot.querySelector('.log').scrollTop = 1e6");
        screenshot("widget-chips-latest-only.png");

        // The same after a reload, when the conversation is rebuilt from what was stored.
        driver.navigate().refresh();
        SearchContext reloaded = widget();
        click(reloaded, ".bubble");
        wait(
                reloaded,
                "restored",
                w -> w.findElements(By.cssSelector(".msg.bot:not(.greeting) .feedback"))
                                .size()
                        == 3);
        List<WebElement> restored = reloaded.findElements(By.cssSelector(".msg.bot:not(.greeting)"));
        assertThat(reloaded.findElements(By.cssSelector(".chips"))).hasSize(1);
        assertThat(restored.get(2).findElements(By.cssSelector(".chips button")))
                .isNotEmpty();

        // Asking a question takes the chips away at once: they belonged to the answer before it.
        reloaded.findElement(By.cssSelector("textarea#career-advisor-input"))
                .sendKeys("What does an AI research manager do?", Keys.ENTER);
        awaitAnswer(reloaded, 4);
        assertThat(reloaded.findElements(By.cssSelector(".chips"))).hasSizeLessThanOrEqualTo(1);
        assertThat(reloaded.findElements(By.cssSelector(".msg.bot:not(.greeting)"))
                        .get(2)
                        .findElements(By.cssSelector(".chips")))
                .isEmpty();
    }

    @Test
    @Order(10)
    void afterALongAnswerItsFirstLineIsInView() {
        driver.get(hostOrigin() + "/");
        SearchContext widget = widget();
        click(widget, ".bubble");
        click(widget, ".new");
        WebElement input = widget.findElement(By.cssSelector("textarea#career-advisor-input"));
        input.sendKeys("What does an AI research scientist do?", Keys.ENTER);
        awaitAnswer(widget, 1);
        wait(widget, "input ready", w -> input.isEnabled());
        input.sendKeys("Draft a job posting for a Machine Learning Data Architect", Keys.ENTER);
        WebElement answer = awaitAnswer(widget, 2);
        WebElement log = widget.findElement(By.cssSelector(".log"));
        assertThat(answer.getRect().getHeight())
                .as("the answer is longer than the panel shows")
                .isGreaterThan(log.getRect().getHeight());

        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> view = (java.util.Map<String, Number>)
                js("var root = document.getElementById('career-advisor-widget').shadowRoot;"
                        + "var log = root.querySelector('.log').getBoundingClientRect();"
                        + "var answers = root.querySelectorAll('.msg.bot:not(.greeting)');"
                        + "var answer = answers[answers.length - 1].getBoundingClientRect();"
                        + "return { logTop: log.top, logBottom: log.bottom, answerTop: answer.top };");
        double logTop = view.get("logTop").doubleValue();
        double answerTop = view.get("answerTop").doubleValue();
        assertThat(answerTop)
                .as("the answer's first line is in view, not scrolled off above")
                .isGreaterThanOrEqualTo(logTop)
                .isLessThan(logTop + 80);
        screenshot("widget-long-answer.png");
    }

    @Test
    @Order(11)
    void onASiteThatIsNotAllowedTheWidgetSaysSoAndTheServerLogsTheOriginOnce() throws Exception {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger("org.careeradvisor.channel.web.RefusedOrigins");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            driver.get(otherOrigin() + "/");
            SearchContext widget = widget();
            click(widget, ".bubble");
            WebElement notice = wait(widget, "not-enabled notice", w -> w.findElement(By.cssSelector(".msg.notice")));
            assertThat(notice.getText()).contains("not enabled for this site");
            assertThat(notice.getText()).doesNotContain("Check your connection");
            WebElement input = widget.findElement(By.cssSelector("textarea#career-advisor-input"));
            assertThat(input.isEnabled()).isFalse();
            assertThat(widget.findElement(By.cssSelector(".send")).isEnabled()).isFalse();
            screenshot("widget-not-enabled.png");

            String console = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getMessage())
                    .reduce("", (a, b) -> a + "\n" + b);
            assertThat(console).contains(otherOrigin(), "advisor.web.allowed-origins", "ADVISOR_WEB_ALLOWEDORIGINS");

            driver.navigate().refresh();
            wait(widget(), "notice after reload", w -> {
                w.findElement(By.cssSelector(".bubble")).click();
                return w.findElement(By.cssSelector(".msg.notice"));
            });
            var refusals = logged.list.stream()
                    .filter(event -> event.getFormattedMessage().contains(otherOrigin()))
                    .toList();
            assertThat(refusals)
                    .as("one line per refused origin, however often it calls")
                    .hasSize(1);
            assertThat(refusals.get(0).getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
            assertThat(refusals.get(0).getFormattedMessage())
                    .contains("advisor.web.allowed-origins", "ADVISOR_WEB_ALLOWEDORIGINS");
            // The allowed site is not reported.
            assertThat(logged.list)
                    .noneMatch(event -> event.getFormattedMessage().contains(hostOrigin() + " "));
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    @Order(12)
    void aQuestionRefusedByTheBrowserIsToldApartFromANetworkFailure() {
        driver.get(otherOrigin() + "/offline-start");
        SearchContext widget = widget();
        click(widget, ".bubble");
        WebElement input = widget.findElement(By.cssSelector("textarea#career-advisor-input"));
        assertThat(input.isEnabled())
                .as("the widget could not ask at first, so it lets the visitor try")
                .isTrue();
        input.sendKeys("What does an AI research scientist do?", Keys.ENTER);

        WebElement notice = wait(widget, "not-enabled notice", w -> w.findElement(By.cssSelector(".msg.notice")));
        assertThat(notice.getText()).contains("not enabled for this site");
        assertThat(widget.findElements(By.cssSelector(".msg.error"))).isEmpty();
        assertThat(widget.findElement(By.cssSelector(".log")).getText()).doesNotContain("Could not reach");
        assertThat(input.isEnabled()).isFalse();
    }

    private WebElement awaitAnswer(SearchContext widget, int count) {
        return wait(widget, "answer " + count, w -> {
            List<WebElement> done = w.findElements(By.cssSelector(".msg.bot:not(.greeting) .feedback"));
            return done.size() >= count ? done.get(count - 1).findElement(By.xpath("..")) : null;
        });
    }

    /** Counts how often the newest answer's text is re-rendered while it streams in. */
    private void countRendersOfNextAnswer() {
        js(
                "window.__renders = 0; var log = document.getElementById('career-advisor-widget').shadowRoot.querySelector('.log');"
                        + "new MutationObserver(function (changes) { changes.forEach(function (change) {"
                        + " if (change.target.classList && change.target.classList.contains('body')) { window.__renders++; } }); })"
                        + ".observe(log, { childList: true, subtree: true });");
    }

    private SearchContext widget() {
        WebElement host = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("career-advisor-widget")));
        return host.getShadowRoot();
    }

    private static <T> T wait(
            SearchContext widget, String what, java.util.function.Function<SearchContext, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(what)
                .until(d -> {
                    T value = condition.apply(widget);
                    return value instanceof Boolean bool && !bool ? null : value;
                });
    }

    private static void click(SearchContext widget, String selector) {
        wait(widget, selector, w -> w.findElement(By.cssSelector(selector))).click();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void screenshot(String name) {
        try {
            File file = driver.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(Path.of("target"));
            Files.copy(file.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hostOrigin() {
        return "http://127.0.0.1:" + hostSite.getAddress().getPort();
    }

    /** A site on a third origin, not in advisor.web.allowed-origins, that embeds the widget all the same. */
    private static String otherOrigin() {
        return "http://127.0.0.1:" + otherSite.getAddress().getPort();
    }

    /**
     * Two careers sites on other origins whose pages embed the widget with one script tag; only the first is allowed.
     */
    private static synchronized void startHostSite() throws IOException {
        if (hostSite != null) {
            return;
        }
        hostSite = site();
        otherSite = site();
    }

    private static HttpServer site() throws IOException {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            // /offline-start: the widget's first look at its settings fails as if the network were down.
            String before = path.equals("/offline-start") ? """
                    <script>(function () { var real = window.fetch, failed = false;
                      window.fetch = function (url) {
                        if (!failed && String(url).indexOf('/api/widget/config') >= 0) { failed = true; return Promise.reject(new TypeError('Failed to fetch')); }
                        return real.apply(this, arguments); }; })();</script>""" : "";
            String page = path.equals("/blank")
                    ? "<!doctype html><title>Careers at Example</title><p>No widget here.</p>"
                    : """
                    <!doctype html><html><head><title>Careers at Example</title>
                    <style>body { font-family: Georgia, serif; } h1 { color: rgb(120, 20, 60); }</style></head>
                    <body><h1 id="host-title">Join our AI team</h1><p>Open roles are listed below.</p>%s
                    <script src="http://localhost:%d/widget.js" data-title="Ask our advisor" data-greeting="Hello from Example Careers!"
                            data-accent="#0a7d55" data-position="right" defer></script>
                    </body></html>""".formatted(before, appPort);
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        return site;
    }

    private static void prepareKnowledge() throws IOException {
        Files.createDirectories(KNOWLEDGE);
        try (var roles = Files.list(Path.of("knowledge/roles"))) {
            for (Path role : roles.toList()) {
                Files.copy(role, KNOWLEDGE.resolve(role.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(KNOWLEDGE.resolve("security-tester.md"), XSS_DOCUMENT);
    }
}
