package dev.retort.verify.lint;

import dev.retort.ops.Operation;

/**
 * An operation a revision asked for while recording, with the source line that asked for it (0 when
 * it could not be found). Raw SQL that is a simple DDL statement arrives already read as the matching
 * operation (see {@link SqlDdl}), so rules see {@code ALTER TABLE t DROP COLUMN c} as a drop column.
 *
 * @param sql the SQL text the operation was read from, or null when the revision called the operation
 */
public record RecordedOp(Operation op, int line, String sql) {
}
