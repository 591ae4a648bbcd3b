package dev.retort.verify.lint;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.BatchAlterTable;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.revision.Direction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the source line that asked for each recorded operation, in recording order. Operations carry no
 * positions, so this looks for the call and its quoted name, moving forward through the part as operations
 * arrive; a revision that builds names at run time gets the nearest plausible line, or none.
 */
final class OpLocator {
    private final SourceText source;
    private final Direction direction;
    private int cursor;

    OpLocator(SourceText source, Direction direction) {
        this.source = source;
        this.direction = direction;
        this.cursor = source.start(direction);
    }

    /** The line of {@code op}, or the start of its part when nothing matches, or 0 without a part. */
    int locate(Operation op) {
        for (String[] tokens : candidates(op)) {
            int line = source.find(direction, cursor, tokens);
            if (line == 0) {
                line = source.find(direction, 0, tokens);
            }
            if (line > 0) {
                cursor = line;
                return line;
            }
        }
        return source.start(direction);
    }

    private static List<String[]> candidates(Operation op) {
        List<String[]> out = new ArrayList<>();
        if (op instanceof Execute execute) {
            String snippet = snippet(execute.sql());
            if (!snippet.isEmpty()) {
                out.add(new String[]{snippet});
            }
            out.add(new String[]{"execute"});
            return out;
        }
        String method = method(op);
        String name = key(op);
        if (name != null) {
            out.add(new String[]{method, quoted(name)});
            out.add(new String[]{quoted(name)});
        }
        out.add(new String[]{method});
        return out;
    }

    private static String method(Operation op) {
        if (op instanceof CreateTable) {
            return "createTable";
        } else if (op instanceof DropTable) {
            return "dropTable";
        } else if (op instanceof RenameTable) {
            return "renameTable";
        } else if (op instanceof AddColumn) {
            return "addColumn";
        } else if (op instanceof DropColumn) {
            return "dropColumn";
        } else if (op instanceof AlterColumn) {
            return "alterColumn";
        } else if (op instanceof CreateIndex) {
            return "createIndex";
        } else if (op instanceof DropIndex) {
            return "dropIndex";
        } else if (op instanceof CreateUniqueConstraint) {
            return "createUniqueConstraint";
        } else if (op instanceof CreateForeignKey) {
            return "createForeignKey";
        } else if (op instanceof CreateCheckConstraint) {
            return "createCheckConstraint";
        } else if (op instanceof DropConstraint) {
            return "Constraint(";
        } else if (op instanceof CreatePrimaryKey) {
            return "createPrimaryKey";
        } else if (op instanceof DropPrimaryKey) {
            return "dropPrimaryKey";
        } else if (op instanceof BulkInsert) {
            return "bulkInsert";
        } else if (op instanceof BatchAlterTable) {
            return "batchAlterTable";
        }
        return "op.";
    }

    /** The name most likely written as a literal next to the call. */
    private static String key(Operation op) {
        if (op instanceof AddColumn add) {
            return add.column().name();
        } else if (op instanceof DropColumn drop) {
            return drop.column();
        } else if (op instanceof AlterColumn alter) {
            return alter.column();
        } else if (op instanceof CreateIndex create) {
            return create.index().name();
        } else if (op instanceof DropIndex drop) {
            return drop.name();
        }
        return op.table();
    }

    /** The start of the statement's first line: enough to find it in a file, short enough to survive wrapping. */
    static String snippet(String sql) {
        String first = sql.strip().lines().findFirst().orElse("").strip();
        return first.length() > 40 ? first.substring(0, 40) : first;
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
