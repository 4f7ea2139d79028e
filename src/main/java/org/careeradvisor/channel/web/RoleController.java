package org.careeradvisor.channel.web;

import java.util.List;
import org.careeradvisor.advisor.AdvisorApi;
import org.careeradvisor.advisor.RoleView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Lists the roles the advisor knows and their sections. */
@RestController
class RoleController {

    private final AdvisorApi advisor;

    RoleController(AdvisorApi advisor) {
        this.advisor = advisor;
    }

    @GetMapping("/api/roles")
    List<RoleSummary> roles() {
        return advisor.roles().stream().map(RoleSummary::from).toList();
    }

    @GetMapping("/api/roles/{id}")
    RoleDetail role(@PathVariable String id) {
        return advisor.role(id).map(RoleDetail::from).orElseThrow(() -> new UnknownRoleException(id));
    }

    /** A job-posting draft composed only from the role's document, each part with its section, for HR tools. */
    @GetMapping("/api/roles/{id}/posting")
    PostingResponse posting(@PathVariable String id) {
        return advisor.posting(id).map(PostingResponse::from).orElseThrow(() -> new UnknownRoleException(id));
    }

    record RoleSummary(
            String id, String title, List<String> aliases, String summary, String updated, List<String> sections) {
        static RoleSummary from(RoleView role) {
            return new RoleSummary(
                    role.id(), role.title(), role.aliases(), role.summary(), role.updated(), role.sectionTitles());
        }
    }

    record RoleDetail(
            String id,
            String title,
            List<String> aliases,
            String summary,
            String updated,
            String document,
            List<SectionView> sections) {
        static RoleDetail from(RoleView role) {
            return new RoleDetail(
                    role.id(),
                    role.title(),
                    role.aliases(),
                    role.summary(),
                    role.updated(),
                    role.document(),
                    role.sections().stream().map(SectionView::from).toList());
        }
    }

    record SectionView(String title, List<String> headingPath, String text) {
        static SectionView from(RoleView.Section section) {
            return new SectionView(section.title(), section.headingPath(), section.text());
        }
    }

    static class UnknownRoleException extends RuntimeException {
        UnknownRoleException(String id) {
            super("No role with id '" + id + "'. GET /api/roles lists the roles.");
        }
    }
}
