package dev.retort.sql;

/**
 * How one database writes what the lexer must not misread. Each dialect defines its own; {@link #ANY} reads
 * every form, for SQL whose database is not known yet (a {@code .sql} revision is split before it runs).
 *
 * @param dollarQuotes       {@code $tag$ ... $tag$} strings and {@code E'...'} escape strings (PostgreSQL)
 * @param backslashEscapes   a backslash escapes the next character in a string literal (MySQL's default sql_mode)
 * @param hashComments       {@code #} starts a comment to the end of the line (MySQL)
 * @param executableComments {@code /*!...*}{@code /} is SQL that MySQL runs, not a comment
 * @param brackets           {@code [name]} quotes an identifier (SQLite, for compatibility)
 */
public record SqlFlavor(boolean dollarQuotes, boolean backslashEscapes, boolean hashComments,
                        boolean executableComments, boolean brackets) {
    public static final SqlFlavor ANY = new SqlFlavor(true, false, false, true, true);
}
