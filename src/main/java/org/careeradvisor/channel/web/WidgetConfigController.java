package org.careeradvisor.channel.web;

import org.careeradvisor.channel.LinkPolicy;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the widget and the chat page need to know of this deployment: the hosts whose links in answers are shown as
 * links (every other link shows as its text), the same list the Telegram channel uses.
 */
@RestController
class WidgetConfigController {

    private final LinkPolicy links;

    WidgetConfigController(LinkPolicy links) {
        this.links = links;
    }

    @GetMapping("/api/widget/config")
    ResponseEntity<WidgetConfig> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .body(new WidgetConfig(links.hosts()));
    }

    record WidgetConfig(List<String> linkHosts) {
    }
}
