package org.careeradvisor.channel.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.careeradvisor.admin.AdminAuthorization;
import org.careeradvisor.admin.Insights;
import org.careeradvisor.admin.InsightsQuery;
import org.springframework.http.HttpHeaders;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** HR insights: what was answered per role and intent, what could not be answered, and the answers rated 👎. */
@RestController
class AdminController {

    private final AdminAuthorization authorization;
    private final InsightsQuery insights;
    private final SearchIndexHolder indexes;

    AdminController(AdminAuthorization authorization, InsightsQuery insights, SearchIndexHolder indexes) {
        this.authorization = authorization;
        this.insights = insights;
        this.indexes = indexes;
    }

    /** What is indexed now, and which files failed to parse (a file that parsed before keeps its previous version). */
    @GetMapping("/api/admin/knowledge")
    KnowledgeStatus knowledge(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorizationHeader) {
        authorize(authorizationHeader);
        return KnowledgeStatus.of(indexes.current().knowledge());
    }

    /** Reloads the knowledge now (changed files only are parsed and embedded again) and reports the result. */
    @PostMapping("/api/admin/reindex")
    KnowledgeStatus reindex(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorizationHeader) {
        authorize(authorizationHeader);
        return KnowledgeStatus.of(indexes.rebuild().knowledge());
    }

    private void authorize(String authorizationHeader) {
        if (!authorization.enabled()) {
            throw new AdminDisabledException();
        }
        if (!authorization.allows(authorizationHeader)) {
            throw new UnauthorizedException();
        }
    }

    record KnowledgeStatus(int documents, int roles, int sections, int chunks, Instant lastIndexed,
                           java.util.Map<String, String> parseErrors) {
        static KnowledgeStatus of(KnowledgeBase knowledge) {
            return new KnowledgeStatus(knowledge.documents(), knowledge.roles().size(), knowledge.sections(),
                    knowledge.chunks().size(), knowledge.loadedAt(), knowledge.errors());
        }
    }

    @GetMapping("/api/admin/insights")
    Insights insights(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorizationHeader,
                      @RequestParam(defaultValue = "30") @Min(value = 1, message = "must be at least 1")
                      @Max(value = 3650, message = "must be at most 3650") int days) {
        authorize(authorizationHeader);
        return insights.since(days, Instant.now());
    }

    static class AdminDisabledException extends RuntimeException {
        AdminDisabledException() {
            super("Not found.");
        }
    }

    static class UnauthorizedException extends RuntimeException {
        UnauthorizedException() {
            super("A valid admin token is required: send Authorization: Bearer <advisor.admin.token>.");
        }
    }
}
