package dev.retort.autogen;

import dev.retort.script.SqlStatements;
import dev.retort.sql.SqlFlavor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statements of a schema file that may change its delimiter the way the mysql client and mysqldump do
 * ({@code DELIMITER ;;} on a line of its own, dev.mysql.com/doc/refman/8.0/en/stored-programs-defining.html):
 * between such lines, statements end at the new delimiter; elsewhere the splitter reads them as usual.
 */
final class DelimitedScript {
    private DelimitedScript() {
    }

    static List<String> statements(String sql, SqlFlavor flavor) {
        List<String> statements = new ArrayList<>();
        String delimiter = ";";
        StringBuilder segment = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.toUpperCase(Locale.ROOT).startsWith("DELIMITER ")) {
                flush(segment.toString(), delimiter, flavor, statements);
                segment.setLength(0);
                delimiter = trimmed.substring("DELIMITER ".length()).strip();
            } else {
                segment.append(line).append('\n');
            }
        }
        flush(segment.toString(), delimiter, flavor, statements);
        return statements;
    }

    private static void flush(String text, String delimiter, SqlFlavor flavor, List<String> into) {
        if (delimiter.equals(";")) {
            into.addAll(SqlStatements.split(text, flavor));
            return;
        }
        for (String part : text.split(java.util.regex.Pattern.quote(delimiter))) {
            if (!part.isBlank()) {
                into.add(part.strip());
            }
        }
    }
}
