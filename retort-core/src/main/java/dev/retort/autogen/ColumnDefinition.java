package dev.retort.autogen;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a JPA {@code @Column(columnDefinition = "...")}: the SQL a column is declared with, such as
 * {@code VARCHAR(20) NOT NULL DEFAULT 'draft'}. The type comes first; NOT NULL, DEFAULT and
 * {@code [CONSTRAINT name] CHECK (...)} are picked out because JPA 3.1 has no other way to say "server
 * default" or "check constraint"; anything else is left to the database.
 *
 * @param serverDefault the DEFAULT expression as written, or null
 * @param check         the column's CHECK constraint, or null
 */
record ColumnDefinition(ColumnType type, boolean notNull, String serverDefault, CheckConstraint check) {
    private static final Set<String> CLAUSES = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "CHECK",
            "REFERENCES", "COLLATE", "CONSTRAINT", "GENERATED", "AUTO_INCREMENT", "AUTOINCREMENT", "ON");

    static ColumnDefinition parse(String sql) {
        List<String> words = topLevelWords(sql);
        int typeEnd = 0;
        while (typeEnd < words.size() && !CLAUSES.contains(words.get(typeEnd).toUpperCase(Locale.ROOT))) {
            typeEnd++;
        }
        if (typeEnd == 0) {
            throw new IllegalArgumentException("no type at the start of \"" + sql + "\"");
        }
        ColumnType type = TypeNames.portable(String.join(" ", words.subList(0, typeEnd)));
        boolean notNull = false;
        String serverDefault = null;
        CheckConstraint check = null;
        String constraintName = null;
        for (int i = typeEnd; i < words.size(); i++) {
            String word = words.get(i).toUpperCase(Locale.ROOT);
            if (word.equals("CONSTRAINT") && i + 1 < words.size()) {
                constraintName = unquote(words.get(i + 1));
                i++;
            } else if (word.equals("CHECK") && i + 1 < words.size() && words.get(i + 1).startsWith("(")) {
                String body = words.get(i + 1);
                check = new CheckConstraint(constraintName, body.substring(1, body.length() - 1).strip());
                constraintName = null;
                i++;
            } else if (word.equals("NOT") && i + 1 < words.size() && words.get(i + 1).equalsIgnoreCase("NULL")) {
                notNull = true;
                i++;
            } else if (word.equals("DEFAULT") && i + 1 < words.size()) {
                int end = i + 1;
                List<String> expression = new ArrayList<>();
                while (end < words.size() && (expression.isEmpty()
                        || !CLAUSES.contains(words.get(end).toUpperCase(Locale.ROOT)))) {
                    expression.add(words.get(end));
                    end++;
                }
                serverDefault = String.join(" ", expression);
                i = end - 1;
            }
        }
        return new ColumnDefinition(type, notNull, serverDefault, check);
    }

    private static String unquote(String name) {
        boolean quoted = name.length() > 1 && (name.startsWith("\"") || name.startsWith("`")) && name.endsWith(name.substring(0, 1));
        return quoted ? name.substring(1, name.length() - 1) : name;
    }

    /** Words separated by spaces outside quotes and parentheses: {@code DECIMAL(10, 2)} stays one word. */
    private static List<String> topLevelWords(String sql) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (char c : sql.strip().toCharArray()) {
            if (quote != 0) {
                word.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                word.append(c);
            } else if (c == '(') {
                depth++;
                word.append(c);
            } else if (c == ')') {
                depth--;
                word.append(c);
            } else if (Character.isWhitespace(c) && depth == 0) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        // "VARCHAR (20)" is one type: glue a parenthesised size back to the word before it
        List<String> glued = new ArrayList<>();
        for (String w : words) {
            if (w.startsWith("(") && !glued.isEmpty()
                    && !CLAUSES.contains(glued.get(glued.size() - 1).toUpperCase(Locale.ROOT))) {
                glued.set(glued.size() - 1, glued.get(glued.size() - 1) + w);
            } else {
                glued.add(w);
            }
        }
        return glued;
    }
}
