package dev.retort.config;

import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.toml.TomlParser;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line a configuration error belongs to, so that an error can say {@code retort.toml:3}.
 * The TOML parser reports what is wrong but not where, and a config file is a few lines long, so
 * the lines are found from the text itself.
 */
final class TomlLines {
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*([A-Za-z0-9_.-]+)\\s*]\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_-]+)\\s*=");

    private final List<String> lines;

    TomlLines(String text) {
        this.lines = text.lines().toList();
    }

    /**
     * The line of the first syntax error: one past the longest prefix of whole lines that still parses
     * after every longer prefix has failed. A prefix cut inside a multi-line array fails too, so the
     * search runs from the end: the error is where the text stops being repairable by what follows.
     */
    OptionalInt syntaxErrorLine() {
        for (int kept = lines.size() - 1; kept >= 0; kept--) {
            if (parses(String.join("\n", lines.subList(0, kept)))) {
                return OptionalInt.of(kept + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** The line of {@code [section]}. */
    OptionalInt sectionLine(String section) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher header = SECTION.matcher(lines.get(i));
            if (header.matches() && header.group(1).equals(section)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** The line where {@code key} is set inside {@code [section]}. */
    OptionalInt keyLine(String section, String key) {
        String current = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher header = SECTION.matcher(line);
            if (header.matches()) {
                current = header.group(1);
                continue;
            }
            Matcher assignment = KEY.matcher(line);
            if (current.equals(section) && assignment.find() && assignment.group(1).equals(key)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean parses(String text) {
        try {
            new TomlParser().parse(text);
            return true;
        } catch (ParsingException e) {
            return false;
        }
    }
}
