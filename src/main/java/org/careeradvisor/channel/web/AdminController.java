package org.careeradvisor.channel.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.advisor.Insights;
import org.careeradvisor.advisor.KnowledgeStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR insights (what was answered per role and intent, what could not be answered, the answers rated 👎) and the
 * knowledge's state: what serves, what was skipped, reindexing.
 */
@RestController
class AdminController {

    private final AdvisorApi advisor;

    AdminController(AdvisorApi advisor) {
        this.advisor = advisor;
    }

    /** What is indexed now, which files are not served and why, and the indexing job running or last finished. */
    @GetMapping("/api/admin/knowledge")
    KnowledgeStatus knowledge(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorizationHeader) {
        authorize(authorizationHeader);
        return advisor.knowledge();
    }

    /**
     * Starts a reload (changed files only are parsed and embedded again) and answers at once with the job; while one
     * runs, that one is reported instead of starting another. The index in service keeps answering meanwhile.
     */
    @PostMapping("/api/admin/reindex")
    ResponseEntity<KnowledgeStatus.Job> reindex(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorizationHeader) {
        authorize(authorizationHeader);
        return ResponseEntity.accepted()
                .location(URI.create("/api/admin/reindex"))
                .body(advisor.reindex());
    }

    /** The indexing job running, else the one waiting, else the last one finished. */
    @GetMapping("/api/admin/reindex")
    ResponseEntity<?> reindexJob(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorizationHeader) {
        authorize(authorizationHeader);
        return advisor.indexingJob()
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.of(
                                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No indexing job has run yet."))
                        .build());
    }

    private void authorize(String authorizationHeader) {
        if (!advisor.adminEnabled()) {
            throw new AdminDisabledException();
        }
        if (!advisor.admits(authorizationHeader)) {
            throw new UnauthorizedException();
        }
    }

    @GetMapping("/api/admin/insights")
    Insights insights(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorizationHeader,
            @RequestParam(defaultValue = "30")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 3650, message = "must be at most 3650")
                    int days) {
        authorize(authorizationHeader);
        return advisor.insights(days);
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
