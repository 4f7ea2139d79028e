package org.careeradvisor.channel.web;

import org.careeradvisor.advisor.Advisor;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.knowledge.Section;
import org.careeradvisor.retrieval.SearchIndexHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Lists the roles the advisor knows and their sections. */
@RestController
class RoleController {

    private final SearchIndexHolder indexes;
    private final Advisor advisor;

    RoleController(SearchIndexHolder indexes, Advisor advisor) {
        this.indexes = indexes;
        this.advisor = advisor;
    }

    @GetMapping("/api/roles")
    List<RoleSummary> roles() {
        return indexes.current().knowledge().roles().stream().map(RoleSummary::from).toList();
    }

    @GetMapping("/api/roles/{id}")
    RoleDetail role(@PathVariable String id) {
        return indexes.current().knowledge().role(id).map(RoleDetail::from)
                .orElseThrow(() -> new UnknownRoleException(id));
    }

    /** A job-posting draft composed only from the role's document, each part with its section, for HR tools. */
    @GetMapping("/api/roles/{id}/posting")
    PostingResponse posting(@PathVariable String id) {
        return advisor.posting(id).map(PostingResponse::from).orElseThrow(() -> new UnknownRoleException(id));
    }

    record RoleSummary(String id, String title, List<String> aliases, String summary, String updated,
                       List<String> sections) {
        static RoleSummary from(RoleDocument role) {
            return new RoleSummary(role.id(), role.title(), role.aliases(), role.summary(), role.updated(), role.sectionTitles());
        }
    }

    record RoleDetail(String id, String title, List<String> aliases, String summary, String updated, String document,
                      List<SectionView> sections) {
        static RoleDetail from(RoleDocument role) {
            return new RoleDetail(role.id(), role.title(), role.aliases(), role.summary(), role.updated(), role.sourceFile(),
                    role.sections().stream().map(SectionView::from).toList());
        }
    }

    record SectionView(String title, List<String> headingPath, String text) {
        static SectionView from(Section section) {
            return new SectionView(section.title(), section.headingPath(), section.body());
        }
    }

    static class UnknownRoleException extends RuntimeException {
        UnknownRoleException(String id) {
            super("No role with id '" + id + "'. GET /api/roles lists the roles.");
        }
    }
}
