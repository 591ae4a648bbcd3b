package dev.retort.script;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The optional {@code Transaction:} header line. A revision runs in its own transaction unless its header says
 * {@code Transaction: none}: for statements a database refuses inside one ({@code CREATE INDEX CONCURRENTLY},
 * {@code ALTER TYPE ... ADD VALUE} before PostgreSQL 12, {@code VACUUM}). Such a revision then runs statement by
 * statement, and a failure half-way leaves what ran before it, which Retort records as a dirty mark.
 */
public final class TransactionHeader {
    /** The header key. */
    public static final String KEY = "Transaction";
    /** The one value the key takes. */
    public static final String NONE = "none";

    private TransactionHeader() {
    }

    /** Refuses a value other than {@code none}, naming the file and line. */
    static void check(Path file, int line, String value) {
        if (!NONE.equals(value)) {
            throw new ScriptException(file, line, "'" + KEY + ": " + value + "' is not a transaction mode; write '"
                    + KEY + ": " + NONE + "' for a revision that must run outside a transaction, or leave the line out");
        }
    }

    /**
     * Whether the revision runs inside a transaction, read from its source's header (for a precompiled revision
     * too, whose index does not carry the line). Only revisions about to run are read, so the cost is one header.
     */
    public static boolean runsInTransaction(RevisionScript script) {
        String prefix = script.format().commentPrefix();
        String source = new String(script.source(), StandardCharsets.UTF_8);
        for (String line : source.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.startsWith(prefix)) {
                break;
            }
            String field = trimmed.substring(prefix.length()).strip();
            if (field.startsWith(HeaderReader.SECTION_MARK)) {
                break;
            }
            if (field.startsWith(KEY + ":")) {
                return !NONE.equals(field.substring(KEY.length() + 1).strip());
            }
        }
        return true;
    }
}
