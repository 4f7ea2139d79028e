package org.careeradvisor.advisor;

import java.util.List;
import java.util.stream.Collectors;
import org.careeradvisor.knowledge.RoleDocument;

/**
 * The advisor's fixed replies: small talk and the honest "that is not in my documents".
 */
class Replies {

    String greeting(List<RoleDocument> roles) {
        return "Hello! I am the career advisor. I answer questions about these roles from our role documents:\n\n"
                + roleList(roles) + "\n\nAsk me what a role does, what it requires, what it pays or how to get there.";
    }

    String thanks() {
        return "You're welcome! Ask me anything else about these roles whenever you like.";
    }

    String farewell() {
        return "Goodbye, and good luck! Come back whenever you have a question about these roles.";
    }

    String help(List<RoleDocument> roles) {
        return "I answer career questions from our role documents, and I cite the sections I used. For example:\n\n"
                + "- *What does a Machine Learning Data Architect earn?*\n"
                + "- *What qualifications does an AI Research Scientist need?*\n"
                + "- *How do I become an ML architect?*\n\n"
                + "Follow-up questions such as *and what does it pay?* continue the conversation. Roles I know:\n\n"
                + roleList(roles);
    }

    String notFound(QuestionAnalysis analysis, List<RoleDocument> roles) {
        String opening = switch (analysis.outOfScopeReason() == null
                ? QuestionAnalysis.OutOfScopeReason.NOT_IN_DOCUMENTS
                : analysis.outOfScopeReason()) {
            case UNKNOWN_ROLE ->
                "I don't have a role document about **" + analysis.unknownRole()
                        + "**, so I can't answer that without guessing.";
            case INSTRUCTION_OVERRIDE ->
                "I can only answer career questions from our role documents, and I can't change how I work.";
            case NOT_IN_DOCUMENTS -> "I couldn't find that in our role documents, so I won't guess.";
            case ROLE_NOT_SPECIFIED -> "Which role do you mean? Name one and ask again.";
            case PERSONAL_DATA -> "I can't share anyone's pay or other personal data: that is private.";
        };
        if (analysis.outOfScopeReason() == QuestionAnalysis.OutOfScopeReason.PERSONAL_DATA) {
            // What can be answered instead: a role's pay in general (the role the message names), not a list of every
            // role.
            // What can be answered instead: a role's pay in general when pay was asked, else what the role involves.
            if (!PersonalQuestion.aboutPay(analysis.text())) {
                return opening + " I answer questions about roles: what they involve, require and pay.";
            }
            return opening + " What I can tell you is what the role documents say a role pays in general"
                    + (analysis.roles().isEmpty()
                            ? ": ask me about any role by its title."
                            : ", for example: *what does "
                                    + Topic.withArticle(analysis.roles().get(0).title()) + " earn?*");
        }
        return opening + " I can help with these roles:\n\n" + roleList(roles);
    }

    String notCovered(List<RoleDocument> roles, Topic topic, List<Topic> covered) {
        String names = roles.stream().map(role -> "**" + role.title() + "**").collect(Collectors.joining(" and "));
        // Without topics of its own to offer, the document's section titles say what it covers.
        List<String> labels = !covered.isEmpty()
                ? covered.stream().map(Topic::label).toList()
                : roles.get(0).sectionTitles().stream()
                        .map(title -> title.toLowerCase(java.util.Locale.ROOT))
                        .toList();
        return "The role document for " + names + " has no information on **" + topic.label()
                + "**, so I won't guess. It does cover: " + String.join(", ", labels) + ".";
    }

    /**
     * The roles, each with its summary; past {@link #LISTED_ROLES}, only the first ones and how many more there are: a
     * catalogue of a thousand roles made a reply of 160,000 characters (and one too long to store).
     */
    private static String roleList(List<RoleDocument> roles) {
        String listed = roles.stream()
                .limit(LISTED_ROLES)
                .map(role -> "- **" + role.title() + "**" + (role.summary() == null ? "" : ": " + role.summary()))
                .collect(Collectors.joining("\n"));
        return roles.size() <= LISTED_ROLES
                ? listed
                : listed + "\n\n... and " + (roles.size() - LISTED_ROLES)
                        + " more roles: ask about any of them by its title.";
    }

    /** Roles a reply lists by name at most. */
    static final int LISTED_ROLES = 12;
}
