package dev.retort.verify.lint;

import dev.retort.revision.Direction;
import dev.retort.script.ScriptFormat;
import dev.retort.script.SqlMigration;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A revision file's text, split into lines, with where its header fields and its upgrade and downgrade
 * parts are: lint names lines, and some rules read the source itself (a call to {@code op.connection()}).
 */
final class SourceText {
    private static final Pattern UPGRADE_METHOD = Pattern.compile("\\bvoid\\s+upgrade\\s*\\(");
    private static final Pattern DOWNGRADE_METHOD = Pattern.compile("\\bvoid\\s+downgrade\\s*\\(");

    private final List<String> lines;
    private final ScriptFormat format;
    private final int upgradeStart;
    private final int downgradeStart;

    SourceText(String text, ScriptFormat format) {
        this.lines = text.lines().toList();
        this.format = format;
        if (format == ScriptFormat.SQL) {
            this.upgradeStart = firstLine(l -> l.startsWith(SqlMigration.UPGRADE_MARKER));
            this.downgradeStart = firstLine(l -> l.startsWith(SqlMigration.DOWNGRADE_MARKER));
        } else {
            this.upgradeStart = firstLine(l -> UPGRADE_METHOD.matcher(l).find());
            this.downgradeStart = firstLine(l -> DOWNGRADE_METHOD.matcher(l).find());
        }
    }

    String text() {
        return String.join("\n", lines);
    }

    ScriptFormat format() {
        return format;
    }

    /** The line of a header field such as {@code Message}, or 0. */
    int headerLine(String key) {
        String prefix = format.commentPrefix();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith(prefix)) {
                break;
            }
            if (line.startsWith(prefix) && line.substring(prefix.length()).strip().startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The value of a header line such as {@code Transaction: none}, stripped, or null when the header has none. */
    String headerValue(String key) {
        int line = headerLine(key);
        if (line == 0) {
            return null;
        }
        String text = lines.get(line - 1).strip().substring(format.commentPrefix().length()).strip();
        return text.substring(key.length() + 1).strip();
    }

    /** Where the upgrade or downgrade starts (its method or its SQL marker), or 0 when the file has none. */
    int start(Direction direction) {
        return direction == Direction.UP ? upgradeStart : downgradeStart;
    }

    /** The text of the upgrade or downgrade part (empty when the file has none). */
    String section(Direction direction) {
        int from = start(direction);
        if (from == 0) {
            return "";
        }
        return String.join("\n", lines.subList(from - 1, end(direction)));
    }

    /** The first line at or after {@code from} within the part that contains every token, or 0. */
    int find(Direction direction, int from, String... tokens) {
        int start = start(direction);
        if (start == 0) {
            return 0;
        }
        for (int n = Math.max(start, from); n <= end(direction); n++) {
            if (containsAll(lines.get(n - 1), tokens)) {
                return n;
            }
        }
        return 0;
    }

    /** The last line of a part: the line before the other part starts when it follows, else the file's end. */
    private int end(Direction direction) {
        int start = start(direction);
        int other = direction == Direction.UP ? downgradeStart : upgradeStart;
        return other > start ? other - 1 : lines.size();
    }

    private static boolean containsAll(String line, String... tokens) {
        for (String token : tokens) {
            if (!line.contains(token)) {
                return false;
            }
        }
        return true;
    }

    private int firstLine(java.util.function.Predicate<String> test) {
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
