package org.careeradvisor.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Turns a role's typed sections into its statements, in reading order. */
final class Statements {

    private static final java.util.regex.Pattern META = java.util.regex.Pattern.compile(
            "(?i)\\b(sections? below|following sections|this (document|page) (describes|covers))\\b");

    private Statements() {}

    static List<Statement> of(RoleDocument role) {
        List<Statement> statements = new ArrayList<>();
        int lists = 0;
        for (Section section : role.sections()) {
            String heading = section.headingPath().isEmpty()
                    ? null
                    : section.headingPath().get(section.headingPath().size() - 1);
            boolean afterList = false;
            for (Block block : section.blocks()) {
                if (block instanceof Block.ItemList list) {
                    String listId = role.id() + "/list" + lists++;
                    String label = list.lead() != null ? list.lead() : heading;
                    if (list.lead() != null) {
                        statements.add(Statement.of(
                                role,
                                section,
                                Statement.Kind.LEAD,
                                listId,
                                label,
                                null,
                                null,
                                list.lead(),
                                statements.size(),
                                List.of()));
                    }
                    for (Block.Item item : list.items()) {
                        add(statements, role, section, listId, label, null, item);
                    }
                    afterList = true;
                } else if (block instanceof Block.Prose prose) {
                    for (String sentence : prose.sentences()) {
                        // A sentence about the document itself ("The sections below describe...") answers nothing.
                        Statement.Kind kind =
                                afterList || META.matcher(sentence).find()
                                        ? Statement.Kind.CLOSING
                                        : Statement.Kind.SENTENCE;
                        statements.add(Statement.of(
                                role,
                                section,
                                kind,
                                null,
                                null,
                                null,
                                null,
                                sentence,
                                statements.size(),
                                prose.links()));
                    }
                }
            }
        }
        return List.copyOf(statements);
    }

    private static void add(
            List<Statement> statements,
            RoleDocument role,
            Section section,
            String listId,
            String listLabel,
            Statement parent,
            Block.Item item) {
        Statement added = Statement.of(
                role,
                section,
                Statement.Kind.ITEM,
                listId,
                listLabel,
                parent,
                item.label(),
                item.text(),
                statements.size(),
                item.links());
        statements.add(added);
        for (Block.Item child : item.children()) {
            add(statements, role, section, listId, listLabel, added, child);
        }
    }
}
