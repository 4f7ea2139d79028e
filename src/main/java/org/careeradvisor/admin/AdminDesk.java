package org.careeradvisor.admin;

import java.time.Instant;
import org.careeradvisor.advisor.Administration;
import org.careeradvisor.advisor.Insights;

/** The admin package's side of the advisor's {@link Administration} port: the token check and the HR insights. */
class AdminDesk implements Administration {

    private final AdminAuthorization authorization;
    private final InsightsQuery insights;

    AdminDesk(AdminAuthorization authorization, InsightsQuery insights) {
        this.authorization = authorization;
        this.insights = insights;
    }

    @Override
    public boolean enabled() {
        return authorization.enabled();
    }

    @Override
    public boolean allows(String authorization) {
        return this.authorization.allows(authorization);
    }

    @Override
    public Insights insights(int days, Instant now) {
        return insights.since(days, now);
    }
}
