package dev.retort.dialect.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key term of an index as Retort keeps it: the column or expression, then what PostgreSQL lets follow it
 * (postgresql.org/docs/current/sql-createindex.html): an operator class, {@code ASC}/{@code DESC}, and
 * {@code NULLS FIRST}/{@code NULLS LAST}. An operator class is told from the end of an expression by its name:
 * every class PostgreSQL and its contrib modules define ends in {@code _ops} ({@code text_pattern_ops},
 * {@code gin_trgm_ops}, {@code jsonb_path_ops}).
 *
 * @param suffix what follows the key, with a leading space, or empty
 */
record IndexTerm(String key, String suffix) {
    private static final Pattern SUFFIX = Pattern.compile(
            "(?is)^(.*?)((?:\\s+[a-z_][a-z0-9_.]*_ops)?(?:\\s+(?:ASC|DESC))?(?:\\s+NULLS\\s+(?:FIRST|LAST))?)\\s*$");

    static IndexTerm parse(String entry) {
        Matcher m = SUFFIX.matcher(entry.strip());
        if (!m.matches() || m.group(1).isBlank()) {
            return new IndexTerm(entry.strip(), "");
        }
        String suffix = m.group(2).strip().replaceAll("\\s+", " ");
        return new IndexTerm(m.group(1).strip(), suffix.isEmpty() ? "" : " " + suffix);
    }
}
