package org.careeradvisor.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeradvisor.conversation.Source;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.SearchIndex;

/**
 * Pay questions: only the figures asked, with what they are, year, region and currency; what the documents lack said
 * plainly; a role without pay figures declined with the roles that have them.
 */
final class PayCapability implements Capability {

    private final GroundingPolicy grounding;
    private final PayComposer pay;
    private final SalaryComposer salary;
    private final QuestionCapability questions;
    private final SuggestionGenerator suggestions;
    private final Replies replies = new Replies();

    PayCapability(
            GroundingPolicy grounding,
            PayComposer pay,
            SalaryComposer salary,
            QuestionCapability questions,
            SuggestionGenerator suggestions) {
        this.grounding = grounding;
        this.pay = pay;
        this.salary = salary;
        this.questions = questions;
        this.suggestions = suggestions;
    }

    @Override
    public Intent intent() {
        return Intent.SALARY;
    }

    @Override
    public Reply answer(Request request) {
        QuestionAnalysis analysis = request.analysis();
        Evidence evidence = request.evidence();
        RoleSections sections = request.sections();
        SearchIndex index = evidence.index();
        List<RoleDocument> roles = analysis.roles();
        if (roles.isEmpty()) {
            roles = evidence.chunks().stream()
                    .map(result -> result.chunk().roleId())
                    .distinct()
                    .flatMap(id -> index.knowledge().role(id).stream())
                    .filter(role -> hasPay(role, sections))
                    .limit(1)
                    .toList();
            if (roles.isEmpty()) {
                return questions.answer(request.asked(), analysis, evidence).as(Intent.SALARY);
            }
        } else if (roles.stream().noneMatch(role -> hasPay(role, sections))) {
            Topic topic = analysis.topic();
            List<String> paid = index.knowledge().roles().stream()
                    .filter(role -> hasPay(role, sections))
                    .map(RoleDocument::title)
                    .toList();
            String text = replies.notCovered(roles, topic, suggestions.answerableTopics(roles.get(0)))
                    + (paid.isEmpty()
                            ? ""
                            : "\n\nPay figures are in the documents of: "
                                    + String.join(", ", paid.subList(0, Math.min(paid.size(), Replies.LISTED_ROLES)))
                                    + (paid.size() > Replies.LISTED_ROLES
                                            ? " and " + (paid.size() - Replies.LISTED_ROLES) + " more roles"
                                            : "")
                                    + ".");
            return new Reply(
                    text, false, List.of(), suggestions.forRoles(roles, topic, List.of()), roles, Intent.SALARY);
        }
        // Grounded on the question as asked: a role found only through the search must not vouch for it.
        if (!grounding.isGrounded(analysis, evidence.chunks(), index)) {
            return Reply.outsideDocuments();
        }
        // A pay follow-up ("and plain data architects?", "what about stock?") names what it asks itself; whose
        // figures the earlier question was about carries over.
        String earlier = analysis.followUp()
                ? request.history().stream()
                        .filter(turn -> !turn.roleIds().isEmpty())
                        .reduce((first, second) -> second)
                        .map(org.careeradvisor.conversation.Turn::question)
                        .orElse(null)
                : null;
        StringBuilder markdown = new StringBuilder();
        List<Source> sources = new ArrayList<>();
        boolean grounded = true;
        for (RoleDocument role : roles) {
            Optional<ComposedAnswer> answer =
                    pay.compose(request.message(), earlier, role, sections, index.knowledge());
            if (answer.isPresent()) {
                markdown.append(answer.get().markdown()).append("\n\n");
                sources.addAll(answer.get().sources());
                grounded &= answer.get().grounded();
            } else {
                markdown.append("The role document for **").append(role.title()).append("** gives no pay figures.\n\n");
            }
        }
        return new Reply(markdown.toString().strip(), grounded, sources, List.of(), roles, null);
    }

    private boolean hasPay(RoleDocument role, RoleSections sections) {
        return !salary.payUnits(role, sections).isEmpty();
    }
}
