package org.careeradvisor.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.careeradvisor.channel.LinkPolicy;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the widget and the chat page need to know of this deployment: the hosts whose links in answers are shown as
 * links (every other link shows as its text), the same list the Telegram channel uses, and whether the page asking
 * may use the API at all. Any origin may read this (see {@link WebConfiguration}): a browser hides a refused CORS
 * answer from the page, so this is the one way a widget embedded on a site that is not allowed can tell that it is
 * not, and say so instead of "could not reach". It is not secret: the link hosts show in every answer, and the flag
 * only repeats what the browser enforces anyway. Not cached, so that a site added to the list works on its next load.
 */
@RestController
class WidgetConfigController {

    static final String PATH = "/api/widget/config";

    private final LinkPolicy links;
    private final AllowedOrigins allowed;

    WidgetConfigController(LinkPolicy links, AllowedOrigins allowed) {
        this.links = links;
        this.allowed = allowed;
    }

    @GetMapping(PATH)
    ResponseEntity<WidgetConfig> config(HttpServletRequest request) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(new WidgetConfig(links.hosts(), allowed.permit(request)));
    }

    /**
     * @param linkHosts     the hosts (and their subdomains) whose links answers may show as links
     * @param originAllowed whether the calling page's origin may use the API: its own origin, or one listed in
     *                      {@code advisor.web.allowed-origins}
     */
    record WidgetConfig(List<String> linkHosts, boolean originAllowed) {}
}
