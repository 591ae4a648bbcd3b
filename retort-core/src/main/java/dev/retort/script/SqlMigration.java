package dev.retort.script;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.sql.SqlFlavor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code .sql} revision: its {@code -- retort:upgrade} section runs on upgrade, its
 * {@code -- retort:downgrade} section on downgrade, statement by statement.
 */
public final class SqlMigration implements Migration {
    /** The line that starts the upgrade section. */
    public static final String UPGRADE_MARKER = "-- retort:upgrade";
    /** The line that starts the downgrade section. */
    public static final String DOWNGRADE_MARKER = "-- retort:downgrade";
    /** Statements that begin, end or nest a transaction (START is START TRANSACTION). */
    private static final java.util.Set<String> TRANSACTION_CONTROL =
            java.util.Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "START", "ABORT");

    private final List<String> upgrade;
    private final List<String> downgrade;

    private SqlMigration(List<String> upgrade, List<String> downgrade) {
        this.upgrade = upgrade;
        this.downgrade = downgrade;
    }

    /** Reads a {@code .sql} revision file. */
    public static SqlMigration read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            // The decoder's own message is only "Input length = 1".
            throw new ScriptException(file, 0, "not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new ScriptException(file, 0, "cannot read: " + e.getMessage());
        }
        return parse(text, file);
    }

    /**
     * Reads a SQL revision's text.
     *
     * @param file where the text came from, for messages
     */
    public static SqlMigration parse(String text, Path file) {
        int up = markerLine(text, UPGRADE_MARKER);
        int down = markerLine(text, DOWNGRADE_MARKER);
        if (up < 0) {
            throw new ScriptException(file, 0, "no '" + UPGRADE_MARKER + "' line; a SQL revision needs one");
        }
        if (down >= 0 && down < up) {
            throw new ScriptException(file, 0, "'" + DOWNGRADE_MARKER + "' must come after '" + UPGRADE_MARKER + "'");
        }
        int upBody = up + UPGRADE_MARKER.length();
        String upgradeText = down < 0 ? text.substring(upBody) : text.substring(upBody, down);
        String downgradeText = down < 0 ? "" : text.substring(down + DOWNGRADE_MARKER.length());
        return new SqlMigration(checked(file, text, upBody, upgradeText),
                checked(file, text, down < 0 ? text.length() : down + DOWNGRADE_MARKER.length(), downgradeText));
    }

    /**
     * The statements of one section, refusing transaction control: the revision runs in a transaction of
     * Retort's, and a COMMIT inside it would keep what ran before it when a later statement fails.
     */
    private static List<String> checked(Path file, String text, int sectionStart, String section) {
        List<String> statements = new java.util.ArrayList<>();
        for (SqlStatements.Statement statement : SqlStatements.statements(section, SqlFlavor.ANY)) {
            if (TRANSACTION_CONTROL.contains(statement.keyword())) {
                int line = lineOf(text, sectionStart + statement.offset());
                throw new ScriptException(file, line, statement.keyword() + " controls the transaction Retort runs the"
                        + " revision in, so a failure after it would leave part of the revision applied; remove it"
                        + " (each revision is one transaction already)");
            }
            statements.add(statement.text());
        }
        return statements;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int markerLine(String text, String marker) {
        int at = 0;
        while ((at = text.indexOf(marker, at)) >= 0) {
            boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
            if (lineStart) {
                return at;
            }
            at += marker.length();
        }
        return -1;
    }

    @Override
    public void upgrade(Ops op) {
        upgrade.forEach(op::execute);
    }

    @Override
    public void downgrade(Ops op) {
        downgrade.forEach(op::execute);
    }

    /** The statements the upgrade runs, in order. */
    public List<String> upgradeStatements() {
        return upgrade;
    }

    /** The statements the downgrade runs, in order. */
    public List<String> downgradeStatements() {
        return downgrade;
    }
}
