package org.careeradvisor.channel.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** The full-page chat, pointing at the content-versioned widget and stylesheet so browsers may cache them for good. */
@RestController
class ChatPageController {

    private final ResourceUrlProvider urls;

    ChatPageController(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() throws IOException {
        String html;
        try (InputStream input = new ClassPathResource("static/index.html").getInputStream()) {
            html = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        html = html.replace("\"/widget.js\"", "\"" + versioned("widget.js") + "\"")
                .replace("\"/page.css\"", "\"" + versioned("page.css") + "\"");
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(html);
    }

    private String versioned(String asset) {
        String url = urls.getForLookupPath(StaticAssetsConfiguration.VERSIONED + asset);
        return url == null ? "/" + asset : url;
    }
}
