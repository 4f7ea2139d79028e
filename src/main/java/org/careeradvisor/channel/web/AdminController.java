package org.careeradvisor.channel.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.careeradvisor.admin.AdminAuthorization;
import org.careeradvisor.admin.Insights;
import org.careeradvisor.admin.InsightsQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** HR insights: what was answered per role and intent, what could not be answered, and the answers rated 👎. */
@RestController
class AdminController {

    private final AdminAuthorization authorization;
    private final InsightsQuery insights;

    AdminController(AdminAuthorization authorization, InsightsQuery insights) {
        this.authorization = authorization;
        this.insights = insights;
    }

    @GetMapping("/api/admin/insights")
    Insights insights(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorizationHeader,
                      @RequestParam(defaultValue = "30") @Min(value = 1, message = "must be at least 1")
                      @Max(value = 3650, message = "must be at most 3650") int days) {
        if (!authorization.enabled()) {
            throw new AdminDisabledException();
        }
        if (!authorization.allows(authorizationHeader)) {
            throw new UnauthorizedException();
        }
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
