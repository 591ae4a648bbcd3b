package dev.retort.verify.lint;

import dev.retort.schema.Types;
import dev.retort.sql.SqlFlavor;
import dev.retort.sql.SqlLexer;
import dev.retort.sql.SqlLexer.Token;
import dev.retort.verify.lint.LockChange.ColumnAdded;
import dev.retort.verify.lint.LockChange.ConstraintAdded;
import dev.retort.verify.lint.LockChange.ConstraintValidated;
import dev.retort.verify.lint.LockChange.IndexBuild;
import dev.retort.verify.lint.LockChange.NotNullSet;
import dev.retort.verify.lint.LockChange.Renamed;
import dev.retort.verify.lint.LockChange.TypeChanged;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the statements locking rules care about from SQL a revision wrote: {@code CREATE INDEX},
 * {@code CREATE TABLE}, {@code DROP INDEX} and each action of an {@code ALTER TABLE}, with the
 * {@code ALGORITHM=} and {@code LOCK=} clauses. Token by token, so quoted names, strings and comments are
 * never misread; anything else is a statement with no table.
 */
final class LockSqlReader {
    /** Words that end a column's type or a DEFAULT expression in a column definition. */
    private static final Set<String> DEFINITION_WORDS = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "CHECK",
            "REFERENCES", "CONSTRAINT", "COLLATE", "GENERATED", "AUTO_INCREMENT", "COMMENT", "FIRST", "AFTER",
            "USING", "CHARACTER", "CHARSET", "ON", "INVISIBLE", "VISIBLE");
    private static final Set<String> NOT_COLUMNS = Set.of("CONSTRAINT", "INDEX", "KEY", "UNIQUE", "PRIMARY", "FOREIGN",
            "CHECK", "FULLTEXT", "SPATIAL", "PARTITION");

    private final String sql;
    private final List<Token> tokens;

    private LockSqlReader(String sql) {
        this.sql = sql;
        this.tokens = SqlLexer.significant(sql, SqlFlavor.ANY);
    }

    static LockStatement read(String sql) {
        return new LockSqlReader(sql).statement();
    }

    private LockStatement statement() {
        if (is(0, "CREATE")) {
            int i = skip(1, "UNIQUE");
            if (is(i, "TABLE") || is(i, "TEMP") || is(i, "TEMPORARY")) {
                int at = skip(skip(skip(skip(i, "TEMP"), "TEMPORARY"), "TABLE"), "IF", "NOT", "EXISTS");
                return at < tokens.size() ? LockStatement.creating(lastName(at)) : LockStatement.NOTHING;
            }
            if (is(i, "INDEX")) {
                return createIndex(i + 1);
            }
        }
        if (is(0, "DROP") && is(1, "INDEX")) {
            int on = indexOf("ON", 2);
            return on < 0 ? LockStatement.NOTHING : new LockStatement(lastName(on + 1), List.of(), true,
                    List.of("DROP INDEX"), clause("ALGORITHM"), clause("LOCK"), false);
        }
        if (is(0, "ALTER") && is(1, "TABLE")) {
            return alterTable();
        }
        return LockStatement.NOTHING;
    }

    private LockStatement createIndex(int from) {
        boolean concurrently = is(from, "CONCURRENTLY");
        int on = indexOf("ON", from);
        if (on < 0) {
            return LockStatement.NOTHING;
        }
        int nameAt = skip(skip(from, "CONCURRENTLY"), "IF", "NOT", "EXISTS");
        String name = nameAt < on ? tokens.get(on - 1).identifier() : null;
        return new LockStatement(lastName(skip(on + 1, "ONLY")), List.of(new IndexBuild(name, concurrently)), true,
                List.of("ADD INDEX"), clause("ALGORITHM"), clause("LOCK"), false);
    }

    private LockStatement alterTable() {
        int at = skip(skip(2, "IF", "EXISTS"), "ONLY");
        if (at >= tokens.size()) {
            return LockStatement.NOTHING;
        }
        String table = lastName(at);
        int i = afterName(at);
        List<LockChange> changes = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        int start = i;
        int depth = 0;
        for (; i <= tokens.size(); i++) {
            boolean end = i == tokens.size() || depth == 0 && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals(";"));
            if (end) {
                if (i > start && !is(start, "ALGORITHM") && !is(start, "LOCK")) {
                    actions.add(upper(start, i));
                    action(start, i, changes);
                }
                start = i + 1;
            } else if (tokens.get(i).text().equals("(")) {
                depth++;
            } else if (tokens.get(i).text().equals(")")) {
                depth--;
            }
        }
        return new LockStatement(table, changes, true, actions, clause("ALGORITHM"), clause("LOCK"), false);
    }

    /** One ALTER TABLE action, tokens {@code [from, to)}. */
    private void action(int from, int to, List<LockChange> out) {
        if (is(from, "ADD")) {
            int i = from + 1;
            String name = null;
            if (is(i, "CONSTRAINT") && i + 1 < to) {
                name = tokens.get(i + 1).identifier();
                i += 2;
            }
            boolean notValid = contains(from, to, "NOT", "VALID");
            if (is(i, "FOREIGN")) {
                out.add(new ConstraintAdded(name, true, null, notValid));
            } else if (is(i, "CHECK") && i + 1 < to && tokens.get(i + 1).text().equals("(")) {
                int close = closing(i + 1, to);
                out.add(new ConstraintAdded(name, false, text(i + 2, close), notValid));
            } else if ((is(i, "UNIQUE") || is(i, "PRIMARY")) && !contains(from, to, "USING", "INDEX")) {
                out.add(new IndexBuild(name, false));
            } else if (is(i, "INDEX") || is(i, "KEY")) {
                out.add(new IndexBuild(i + 1 < to ? tokens.get(i + 1).identifier() : null, false));
            } else if (!NOT_COLUMNS.contains(upperAt(i))) {
                int column = skip(skip(i, "COLUMN"), "IF", "NOT", "EXISTS");
                if (column < to) {
                    out.add(new ColumnAdded(tokens.get(column).identifier(), defaultOf(column + 1, to)));
                }
            }
        } else if (is(from, "ALTER")) {
            int column = skip(from + 1, "COLUMN");
            if (column + 1 >= to) {
                return;
            }
            String name = tokens.get(column).identifier();
            int i = column + 1;
            if (is(i, "SET") && is(i + 1, "NOT") && is(i + 2, "NULL")) {
                out.add(new NotNullSet(name));
            } else if (is(i, "TYPE") || is(i, "SET") && is(i + 1, "DATA") && is(i + 2, "TYPE")) {
                int type = is(i, "TYPE") ? i + 1 : i + 3;
                out.add(new TypeChanged(name, null, Types.raw(text(type, until(type, to, Set.of("USING", "COLLATE"))))));
            }
        } else if (is(from, "MODIFY") || is(from, "CHANGE")) {
            int column = skip(from + 1, "COLUMN");
            int type = is(from, "CHANGE") ? column + 2 : column + 1;
            if (type < to) {
                String name = tokens.get(column).identifier();
                out.add(new TypeChanged(name, null, Types.raw(text(type, until(type, to, DEFINITION_WORDS)))));
                String newName = tokens.get(type - 1).identifier();
                if (is(from, "CHANGE") && !newName.equalsIgnoreCase(name)) {
                    out.add(new Renamed(name, newName));
                }
            }
        } else if (is(from, "RENAME")) {
            if ((is(from + 1, "TO") || is(from + 1, "AS")) && from + 2 < to) {
                out.add(new Renamed(null, lastName(from + 2)));
            } else if (!is(from + 1, "INDEX") && !is(from + 1, "KEY") && !is(from + 1, "CONSTRAINT")) {
                int column = skip(from + 1, "COLUMN");
                if (column + 2 < to && is(column + 1, "TO")) {
                    out.add(new Renamed(tokens.get(column).identifier(), tokens.get(column + 2).identifier()));
                }
            }
        } else if (is(from, "VALIDATE") && is(from + 1, "CONSTRAINT") && from + 2 < to) {
            out.add(new ConstraintValidated(tokens.get(from + 2).identifier()));
        }
    }

    /** The DEFAULT expression among a column definition's tokens {@code [from, to)}, as written, or null. */
    private String defaultOf(int from, int to) {
        for (int i = from; i < to; i++) {
            if (is(i, "DEFAULT") && i + 1 < to) {
                return text(i + 1, until(i + 1, to, DEFINITION_WORDS));
            }
        }
        return null;
    }

    /** The first token in {@code [from, to)} at parenthesis depth 0 that is one of {@code words}, or {@code to}. */
    private int until(int from, int to, Set<String> words) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            String t = tokens.get(i).text();
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth--;
            } else if (depth == 0 && i > from && tokens.get(i).kind() == SqlLexer.Kind.WORD && words.contains(upperAt(i))) {
                return i;
            }
        }
        return to;
    }

    private int closing(int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            String t = tokens.get(i).text();
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")") && --depth == 0) {
                return i;
            }
        }
        return to;
    }

    /** The value of {@code ALGORITHM=X} or {@code LOCK=X} anywhere in the statement, upper case, or null. */
    private String clause(String keyword) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (is(i, keyword) && (i == 0 || !is(i - 1, "FOR"))) {
                int value = tokens.get(i + 1).text().equals("=") ? i + 2 : i + 1;
                if (value < tokens.size() && tokens.get(value).kind() == SqlLexer.Kind.WORD) {
                    return tokens.get(value).upper();
                }
            }
        }
        return null;
    }

    /** The original text of tokens {@code [from, to)}, or null when empty. */
    private String text(int from, int to) {
        if (from >= to || from >= tokens.size()) {
            return null;
        }
        return sql.substring(tokens.get(from).start(), tokens.get(Math.min(to, tokens.size()) - 1).end()).strip();
    }

    private String upper(int from, int to) {
        return tokens.subList(from, Math.min(to, tokens.size())).stream().map(Token::upper).collect(Collectors.joining(" "));
    }

    /** The last part of a possibly qualified name starting at {@code at}. */
    private String lastName(int at) {
        return tokens.get(afterName(at) - 1).identifier();
    }

    private int afterName(int at) {
        int i = at + 1;
        while (i + 1 < tokens.size() && tokens.get(i).text().equals(".") && tokens.get(i + 1).isName()) {
            i += 2;
        }
        return i;
    }

    private boolean contains(int from, int to, String first, String second) {
        for (int i = from; i + 1 < to; i++) {
            if (is(i, first) && is(i + 1, second)) {
                return true;
            }
        }
        return false;
    }

    private int indexOf(String keyword, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (is(i, keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code at} past the keywords when they follow in order there, else {@code at}. */
    private int skip(int at, String... keywords) {
        for (int k = 0; k < keywords.length; k++) {
            if (!is(at + k, keywords[k])) {
                return at;
            }
        }
        return at + keywords.length;
    }

    private boolean is(int i, String keyword) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(keyword);
    }

    private String upperAt(int i) {
        return i < tokens.size() ? tokens.get(i).text().toUpperCase(Locale.ROOT) : "";
    }
}
