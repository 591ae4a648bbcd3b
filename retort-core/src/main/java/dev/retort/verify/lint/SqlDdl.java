package dev.retort.verify.lint;

import dev.retort.sql.SqlFlavor;
import dev.retort.sql.SqlLexer;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnChange;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.Types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads raw SQL well enough for lint: whether a statement changes the schema or the data, which table it is
 * about, and, for the simple ALTER and DROP statements, the operation it amounts to, so SQL revisions and
 * {@code op.execute(...)} are checked like operations. A heuristic, not a parser: what it cannot read stays
 * an {@link Execute}.
 */
final class SqlDdl {
    enum Kind { SCHEMA, DATA, OTHER }

    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|`[^`]+`|\\[[^\\]]+\\]|[A-Za-z_][\\w$]*)";
    private static final String NAME = "((?:" + IDENT + "\\s*\\.\\s*)?" + IDENT + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern DROP_TABLE = Pattern.compile("DROP TABLE (?:IF EXISTS )?" + NAME + "\\s*;?", FLAGS);
    private static final Pattern DROP_COLUMN = Pattern.compile("ALTER TABLE " + NAME
            + " DROP (?:COLUMN )?(?!(?:CONSTRAINT|INDEX|PRIMARY|FOREIGN|KEY|CHECK|UNIQUE|DEFAULT)\\b)" + NAME + "\\s*;?", FLAGS);
    private static final Pattern ADD_COLUMN = Pattern.compile("ALTER TABLE " + NAME
            + " ADD (?:COLUMN )?(?!(?:CONSTRAINT|INDEX|PRIMARY|FOREIGN|KEY|CHECK|UNIQUE)\\b)" + NAME + "(.*?)\\s*;?", FLAGS);
    private static final Pattern RENAME_TABLE = Pattern.compile("ALTER TABLE " + NAME + " RENAME TO " + NAME + "\\s*;?", FLAGS);
    private static final Pattern RENAME_COLUMN = Pattern.compile("ALTER TABLE " + NAME
            + " RENAME (?:COLUMN )?" + NAME + " TO " + NAME + "\\s*;?", FLAGS);
    private static final Pattern TABLE_OF = Pattern.compile("(?:CREATE (?:TEMP |TEMPORARY )?TABLE (?:IF NOT EXISTS )?"
            + "|ALTER TABLE |DROP TABLE (?:IF EXISTS )?|CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?" + NAME + " ON )" + NAME, FLAGS);
    private static final Pattern REFERENCES = Pattern.compile("\\bREFERENCES\\s+" + NAME + "(?:\\s*\\(\\s*" + NAME + ")?", FLAGS);
    private static final Pattern CONSTRAINT_WORD = Pattern.compile(
            "\\b(?:NOT|NULL|DEFAULT|PRIMARY|UNIQUE|CHECK|REFERENCES|CONSTRAINT|COLLATE|GENERATED|AS)\\b", FLAGS);
    private static final Pattern DEFAULT = Pattern.compile("\\bDEFAULT\\s+(\\([^)]*\\)|'(?:[^']|'')*'|[^\\s,]+)", FLAGS);
    private static final Pattern NOT_NULL = Pattern.compile("\\bNOT\\s+NULL\\b|\\bPRIMARY\\s+KEY\\b", FLAGS);
    private static final Pattern DML_INSIDE = Pattern.compile("\\b(?:INSERT|UPDATE|DELETE|REPLACE)\\b", FLAGS);
    private static final Set<String> DATA_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "MERGE", "UPSERT",
            "TRUNCATE", "COPY");
    private static final Set<String> SCHEMA_WORDS = Set.of("CREATE", "ALTER", "DROP", "RENAME", "COMMENT");

    private SqlDdl() {
    }

    static Kind kind(String sql) {
        String text = normalize(sql);
        String first = text.isEmpty() ? "" : text.split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
        if (DATA_WORDS.contains(first)) {
            return Kind.DATA;
        }
        if (SCHEMA_WORDS.contains(first)) {
            return Kind.SCHEMA;
        }
        if (first.equals("WITH") && DML_INSIDE.matcher(text).find()) {
            return Kind.DATA;
        }
        return Kind.OTHER;
    }

    /** The operation a simple ALTER TABLE or DROP TABLE statement amounts to, or {@code execute} unchanged. */
    static Operation read(Execute execute) {
        String text = normalize(execute.sql());
        Matcher m;
        if ((m = DROP_TABLE.matcher(text)).matches()) {
            return new DropTable(name(m.group(1)), null);
        }
        if ((m = RENAME_TABLE.matcher(text)).matches()) {
            return new RenameTable(name(m.group(1)), name(m.group(2)));
        }
        if ((m = RENAME_COLUMN.matcher(text)).matches()) {
            return new AlterColumn(name(m.group(1)), name(m.group(2)), ColumnChange.change().rename(name(m.group(3))), null);
        }
        if ((m = DROP_COLUMN.matcher(text)).matches()) {
            return new DropColumn(name(m.group(1)), name(m.group(2)), null);
        }
        if ((m = ADD_COLUMN.matcher(text)).matches()) {
            return new AddColumn(name(m.group(1)), column(name(m.group(2)), m.group(3)));
        }
        return execute;
    }

    /** The table a DDL statement creates, alters, drops or indexes, or null. */
    static String table(String sql) {
        Matcher m = TABLE_OF.matcher(normalize(sql));
        return m.lookingAt() ? name(m.group(2)) : null;
    }

    /** The tables a statement's REFERENCES clauses point at. */
    static List<String> references(String sql) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCES.matcher(normalize(sql));
        while (m.find()) {
            out.add(name(m.group(1)));
        }
        return out;
    }

    private static Column column(String name, String definition) {
        String rest = definition == null ? "" : definition.strip();
        Matcher constraint = CONSTRAINT_WORD.matcher(rest);
        String type = (constraint.find() ? rest.substring(0, constraint.start()) : rest).strip();
        Column column = Column.column(name, Types.raw(type.isEmpty() ? "untyped" : type.toUpperCase(Locale.ROOT)));
        if (NOT_NULL.matcher(rest).find()) {
            column = column.notNull();
        }
        Matcher dflt = DEFAULT.matcher(rest);
        if (dflt.find()) {
            column = column.serverDefault(dflt.group(1));
        }
        Matcher ref = REFERENCES.matcher(rest);
        if (ref.find()) {
            column = column.references(name(ref.group(1)), ref.group(2) == null ? "rowid" : name(ref.group(2)));
        }
        return column;
    }

    /** Comments out, whitespace collapsed: the statement as one plain line. */
    private static String normalize(String sql) {
        return SqlLexer.oneLine(sql, SqlFlavor.ANY);
    }

    /** The last part of a possibly qualified name, unquoted. */
    private static String name(String qualified) {
        String last = qualified;
        Matcher parts = Pattern.compile(IDENT).matcher(qualified);
        while (parts.find()) {
            last = parts.group();
        }
        if (last.length() >= 2 && (last.startsWith("\"") || last.startsWith("`") || last.startsWith("["))) {
            return last.substring(1, last.length() - 1).replace("\"\"", "\"");
        }
        return last;
    }
}
