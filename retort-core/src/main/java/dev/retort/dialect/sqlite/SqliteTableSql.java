package dev.retort.dialect.sqlite;

import dev.retort.schema.Generated;
import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * What the PRAGMAs do not tell about a table, read from its {@code CREATE TABLE} text in sqlite_master:
 * constraint names, CHECK expressions (named or not), collations, generated columns, AUTOINCREMENT and
 * table options (WITHOUT ROWID, STRICT). Follows the grammar of sqlite.org/lang_createtable.html; the
 * text between parentheses is kept exactly as written.
 */
record SqliteTableSql(List<ColumnSql> columns, List<ConstraintSql> constraints, String options) {

    /** @param collation the column's COLLATE name or null; {@code generated} for AS (...) columns, else null */
    record ColumnSql(String name, String collation, Generated generated, List<ConstraintSql> constraints) {
    }

    /**
     * One constraint, table-level or on a column.
     *
     * @param kind       PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY (a column's REFERENCES counts as one), NOT NULL
     * @param columns    the constrained columns (for a column constraint: that column)
     * @param expression the CHECK expression as written, or null
     * @param autoIncrement a column PRIMARY KEY with AUTOINCREMENT
     * @param deferrable a foreign key's DEFERRABLE clause as written (the neutral model has no place for it), or null
     * @param onConflict the resolution of an {@code ON CONFLICT} clause (ROLLBACK, ABORT, FAIL, IGNORE, REPLACE) on a
     *                   PRIMARY KEY, UNIQUE or NOT NULL constraint, or null; the neutral model has no place for it
     * @param match      a foreign key's MATCH name as written (SQLite parses it and ignores it), or null
     */
    record ConstraintSql(String name, String kind, List<String> columns, String expression, boolean autoIncrement,
                         String deferrable, String onConflict, String match) {
        ConstraintSql(String name, String kind, List<String> columns, String expression, boolean autoIncrement) {
            this(name, kind, columns, expression, autoIncrement, null, null, null);
        }

        ConstraintSql(String name, String kind, List<String> columns, String expression, boolean autoIncrement,
                      String deferrable, String onConflict) {
            this(name, kind, columns, expression, autoIncrement, deferrable, onConflict, null);
        }
    }

    /** All constraints: table-level ones and those written on columns, in declaration order of each group. */
    List<ConstraintSql> allConstraints() {
        List<ConstraintSql> all = new ArrayList<>();
        columns.forEach(c -> all.addAll(c.constraints()));
        all.addAll(constraints);
        return all;
    }

    boolean autoIncrement() {
        return allConstraints().stream().anyMatch(ConstraintSql::autoIncrement);
    }

    static SqliteTableSql parse(String createSql) {
        List<ColumnSql> columns = new ArrayList<>();
        List<ConstraintSql> constraints = new ArrayList<>();
        if (createSql == null) {
            return new SqliteTableSql(columns, constraints, "");
        }
        List<Token> tokens = SqliteIdentifiers.tokens(createSql);
        int open = indexOf(tokens, 0, "(");
        if (open < 0) {
            return new SqliteTableSql(columns, constraints, "");
        }
        int close = matching(tokens, open);
        int start = open + 1;
        int depth = 0;
        for (int i = open + 1; i <= close; i++) {
            String text = tokens.get(i).text();
            if (i < close && text.equals("(")) {
                depth++;
            } else if (i < close && text.equals(")")) {
                depth--;
            } else if (i == close || (depth == 0 && text.equals(","))) {
                if (i > start) {
                    element(tokens.subList(start, i), createSql, columns, constraints);
                }
                start = i + 1;
            }
        }
        String options = close + 1 < tokens.size() ? createSql.substring(tokens.get(close + 1).start()).strip() : "";
        return new SqliteTableSql(columns, constraints, options);
    }

    private static void element(List<Token> t, String sql, List<ColumnSql> columns, List<ConstraintSql> constraints) {
        Token first = t.get(0);
        boolean tableConstraint = first.kind() == Kind.WORD
                && List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(first.upper());
        if (tableConstraint) {
            tableConstraints(t, sql, constraints);
        } else {
            columns.add(column(t, sql));
        }
    }

    private static void tableConstraints(List<Token> t, String sql, List<ConstraintSql> out) {
        String name = null;
        int i = 0;
        while (i < t.size()) {
            Token tok = t.get(i);
            if (tok.is("CONSTRAINT") && i + 1 < t.size()) {
                name = t.get(i + 1).identifier();
                i += 2;
            } else if (tok.is("PRIMARY") || tok.is("UNIQUE") || tok.is("FOREIGN")) {
                String kind = tok.is("PRIMARY") ? "PRIMARY KEY" : tok.is("UNIQUE") ? "UNIQUE" : "FOREIGN KEY";
                int open = indexOf(t, i, "(");
                int close = matching(t, open);
                i = close + 1;
                String deferrable = null;
                String onConflict = null;
                String match = null;
                if (kind.equals("FOREIGN KEY")) {
                    int end = skipReferences(t, i);
                    deferrable = deferrable(sql, t, i, end);
                    match = match(t, i, end);
                    i = end;
                } else {
                    onConflict = conflictResolution(t, i);
                    i = skipConflict(t, i);
                }
                out.add(new ConstraintSql(name, kind, columnNames(t, open, close), null, false, deferrable, onConflict,
                        match));
                name = null;
            } else if (tok.is("CHECK")) {
                int open = indexOf(t, i, "(");
                int close = matching(t, open);
                out.add(new ConstraintSql(name, "CHECK", List.of(), inner(sql, t, open, close), false));
                name = null;
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    private static ColumnSql column(List<Token> t, String sql) {
        String columnName = t.get(0).identifier();
        List<ConstraintSql> constraints = new ArrayList<>();
        String collation = null;
        Generated generated = null;
        String name = null;
        int i = 1;
        while (i < t.size() && !startsColumnConstraint(t.get(i))) {
            i = t.get(i).text().equals("(") ? matching(t, i) + 1 : i + 1;
        }
        while (i < t.size()) {
            Token tok = t.get(i);
            if (tok.is("CONSTRAINT") && i + 1 < t.size()) {
                name = t.get(i + 1).identifier();
                i += 2;
                continue;
            }
            if (tok.is("PRIMARY")) {
                i += 2;
                boolean autoIncrement = false;
                String onConflict = null;
                while (i < t.size() && !startsColumnConstraint(t.get(i))) {
                    autoIncrement |= t.get(i).is("AUTOINCREMENT");
                    onConflict = onConflict == null ? conflictResolution(t, i) : onConflict;
                    i++;
                }
                constraints.add(new ConstraintSql(name, "PRIMARY KEY", List.of(columnName), null, autoIncrement, null,
                        onConflict));
            } else if (tok.is("UNIQUE")) {
                constraints.add(new ConstraintSql(name, "UNIQUE", List.of(columnName), null, false, null,
                        conflictResolution(t, i + 1)));
                i = skipConflict(t, i + 1);
            } else if (tok.is("CHECK")) {
                int open = indexOf(t, i, "(");
                int close = matching(t, open);
                constraints.add(new ConstraintSql(name, "CHECK", List.of(columnName), inner(sql, t, open, close), false));
                i = close + 1;
            } else if (tok.is("REFERENCES")) {
                int end = skipReferences(t, i);
                constraints.add(new ConstraintSql(name, "FOREIGN KEY", List.of(columnName), null, false,
                        deferrable(sql, t, i, end), null, match(t, i, end)));
                i = end;
            } else if (tok.is("NOT")) {
                constraints.add(new ConstraintSql(name, "NOT NULL", List.of(columnName), null, false, null,
                        conflictResolution(t, i + 2)));
                i = skipConflict(t, i + 2);
            } else if (tok.is("NULL")) {
                i = skipConflict(t, i + 1);
            } else if (tok.is("DEFAULT")) {
                i++;
                if (i < t.size() && t.get(i).text().equals("(")) {
                    i = matching(t, i) + 1;
                } else if (i < t.size() && (t.get(i).text().equals("-") || t.get(i).text().equals("+"))) {
                    i += 2;
                } else {
                    i++;
                }
            } else if (tok.is("COLLATE") && i + 1 < t.size()) {
                collation = t.get(i + 1).identifier();
                i += 2;
            } else if (tok.is("GENERATED") || tok.is("AS")) {
                int open = indexOf(t, i, "(");
                int close = open < 0 ? t.size() - 1 : matching(t, open);
                i = open < 0 ? t.size() : close + 1;
                // VIRTUAL unless it says STORED (sqlite.org/gencol.html, 2.1).
                boolean stored = i < t.size() && t.get(i).is("STORED");
                if (i < t.size() && (t.get(i).is("STORED") || t.get(i).is("VIRTUAL"))) {
                    i++;
                }
                generated = open < 0 ? null : new Generated(inner(sql, t, open, close), stored);
            } else {
                i++;
            }
            name = null;
        }
        return new ColumnSql(columnName, collation, generated, constraints);
    }

    private static boolean startsColumnConstraint(Token t) {
        return t.kind() == Kind.WORD && List.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK",
                "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS").contains(t.upper());
    }

    /** Skips {@code ON CONFLICT resolution}. */
    private static int skipConflict(List<Token> t, int i) {
        return conflictResolution(t, i) == null ? i : i + 3;
    }

    /** The resolution of an {@code ON CONFLICT resolution} clause starting at {@code i}, upper-cased, or null. */
    private static String conflictResolution(List<Token> t, int i) {
        if (i + 2 < t.size() && t.get(i).is("ON") && t.get(i + 1).is("CONFLICT")) {
            return t.get(i + 2).upper();
        }
        return null;
    }

    /** Skips a foreign-key clause from REFERENCES (or from just after the child columns) to its end. */
    private static int skipReferences(List<Token> t, int i) {
        if (i < t.size() && t.get(i).is("REFERENCES")) {
            i += 2;
        }
        if (i < t.size() && t.get(i).text().equals("(")) {
            i = matching(t, i) + 1;
        }
        while (i < t.size()) {
            Token tok = t.get(i);
            if (tok.is("ON")) {
                i += 2;
                if (i < t.size() && (t.get(i).is("SET") || t.get(i).is("NO"))) {
                    i += 2;
                } else {
                    i++;
                }
            } else if (tok.is("MATCH")) {
                i += 2;
            } else if (tok.is("NOT") && i + 1 < t.size() && t.get(i + 1).is("DEFERRABLE")) {
                i += 2;
            } else if (tok.is("DEFERRABLE")) {
                i++;
            } else if (tok.is("INITIALLY")) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** The {@code [NOT] DEFERRABLE [INITIALLY ...]} part of a foreign-key clause, as written, or null. */
    private static String deferrable(String sql, List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean starts = t.get(i).is("DEFERRABLE")
                    || (t.get(i).is("NOT") && i + 1 < to && t.get(i + 1).is("DEFERRABLE"));
            if (starts) {
                return sql.substring(t.get(i).start(), t.get(to - 1).end());
            }
        }
        return null;
    }

    /** The name after MATCH in a foreign-key clause, upper-cased, or null. */
    private static String match(List<Token> t, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (t.get(i).is("MATCH")) {
                return t.get(i + 1).identifier().toUpperCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** The first name of each comma-separated item between {@code open} and {@code close}. */
    private static List<String> columnNames(List<Token> t, int open, int close) {
        List<String> names = new ArrayList<>();
        boolean expectName = true;
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            Token tok = t.get(i);
            if (tok.text().equals("(")) {
                depth++;
            } else if (tok.text().equals(")")) {
                depth--;
            }
            if (tok.text().equals(",") && depth == 0) {
                expectName = true;
            } else if (expectName) {
                names.add(tok.identifier());
                expectName = false;
            }
        }
        return names;
    }

    static String inner(String sql, List<Token> t, int open, int close) {
        if (close <= open + 1) {
            return "";
        }
        return sql.substring(t.get(open + 1).start(), t.get(close - 1).end()).strip();
    }

    static int indexOf(List<Token> t, int from, String text) {
        for (int i = Math.max(0, from); i < t.size(); i++) {
            if (t.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the parenthesis that closes the one at {@code open} (the last token if unbalanced). */
    static int matching(List<Token> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            String text = t.get(i).text();
            if (text.equals("(")) {
                depth++;
            } else if (text.equals(")") && --depth == 0) {
                return i;
            }
        }
        return t.size() - 1;
    }
}
