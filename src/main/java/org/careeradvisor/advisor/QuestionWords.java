package org.careeradvisor.advisor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careeradvisor.knowledge.KnowledgeBase;
import org.careeradvisor.knowledge.RoleDocument;
import org.careeradvisor.retrieval.TermAnalyzer;

/**
 * The words of a question as the advisor weighs them, in one place: analysed the way the BM25 index analyses text,
 * without the words of asking ("what", "does", "posting") and without the names of the roles it is about; and the
 * vocabulary's synonyms of each.
 */
public class QuestionWords {

    private final TermAnalyzer analyzer;
    private final Set<String> asking;
    private final Synonyms synonyms;
    private final Set<String> roleNouns;

    public QuestionWords(TermAnalyzer analyzer, Vocabulary vocabulary) {
        this.analyzer = analyzer;
        this.roleNouns = vocabulary.roleNouns();
        this.asking = Set.copyOf(analyzer.terms(String.join(" ", vocabulary.questionWords())));
        this.synonyms = new Synonyms(analyzer, vocabulary);
    }

    TermAnalyzer analyzer() {
        return analyzer;
    }

    Synonyms synonyms() {
        return synonyms;
    }

    /** The nouns that end a role's name ("engineer", "scientist"), which a comparison's claim is about. */
    Set<String> roleNouns() {
        return roleNouns;
    }

    /** The analysed words of asking. */
    Set<String> asking() {
        return asking;
    }

    /** What a question asks about: its analysed words less the words of asking and the names of its roles. */
    Set<String> content(String question, List<RoleDocument> roles, KnowledgeBase knowledge) {
        String asked = question;
        for (RoleDocument role : roles) {
            asked = knowledge.withoutNames(role.id(), asked);
        }
        Set<String> terms = new HashSet<>(analyzer.terms(asked));
        terms.removeAll(asking);
        roles.forEach(role -> role.names().forEach(name -> terms.removeAll(analyzer.terms(name))));
        // "is RE mainly a theory role?": the initials name the role too.
        roles.forEach(role -> RoleAcronyms.of(role).forEach(letters -> terms.removeAll(analyzer.terms(letters))));
        return terms;
    }
}
