package org.careeradvisor.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver for the browser tests, headless, offline, with the console kept. Without them the
 * tests are skipped, unless {@code ADVISOR_REQUIRE_BROWSER=true} (CI), which fails them instead.
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

    private HeadlessChromium() {}

    static ChromeDriver start(int width, int height) {
        boolean required = "true".equalsIgnoreCase(System.getenv("ADVISOR_REQUIRE_BROWSER"));
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (required) {
            assertThat(present)
                    .as(
                            "Chromium at %s and chromedriver at %s are required (ADVISOR_REQUIRE_BROWSER=true)",
                            CHROMIUM, CHROMEDRIVER)
                    .isTrue();
        }
        assumeTrue(
                present, "Browser tests skipped: install the Debian packages chromium and chromium-driver to run them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profileDir());
        // The browser console, for what a page tells a site's developer there (and what the CSP blocked).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    private static String profileDir() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
