package dev.retort.verify.lint;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateCheckConstraint;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreatePrimaryKey;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateUniqueConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.verify.lint.LockChange.ColumnAdded;
import dev.retort.verify.lint.LockChange.ConstraintAdded;
import dev.retort.verify.lint.LockChange.IndexBuild;
import dev.retort.verify.lint.LockChange.NotNullSet;
import dev.retort.verify.lint.LockChange.Renamed;
import dev.retort.verify.lint.LockChange.TypeChanged;

import java.util.ArrayList;
import java.util.List;

/**
 * What one recorded statement or operation does to one table, for the locking rules.
 *
 * @param table     the table it changes, or null when it changes none the rules know of
 * @param written   the revision wrote the SQL itself; otherwise Retort renders an operation
 * @param actions   for written SQL, each ALTER TABLE action as one upper-case line (ALGORITHM and LOCK apart)
 * @param algorithm the {@code ALGORITHM=} the SQL states, upper case, or null
 * @param lock      the {@code LOCK=} the SQL states, upper case, or null
 * @param creates   it creates {@code table}, so the statements after it change a table with no rows
 */
record LockStatement(String table, List<LockChange> changes, boolean written, List<String> actions, String algorithm,
                     String lock, boolean creates) {
    static final LockStatement NOTHING = new LockStatement(null, List.of(), false, List.of(), null, null, false);

    LockStatement {
        changes = List.copyOf(changes);
        actions = List.copyOf(actions);
    }

    static LockStatement creating(String table) {
        return new LockStatement(table, List.of(), true, List.of(), null, null, true);
    }

    /** The statement a recorded operation is: its SQL read when the revision wrote SQL, else the operation. */
    static LockStatement of(RecordedOp recorded) {
        return recorded.sql() != null ? LockSqlReader.read(recorded.sql()) : of(recorded.op());
    }

    static LockStatement of(Operation op) {
        if (op instanceof CreateTable create) {
            return new LockStatement(create.definition().name(), List.of(), false, List.of(), null, null, true);
        }
        List<LockChange> changes = new ArrayList<>();
        if (op instanceof CreateIndex create) {
            changes.add(new IndexBuild(create.index().name(), OpFacts.buildsIndexOnline(create)));
        } else if (op instanceof CreateUniqueConstraint create) {
            changes.add(new IndexBuild(create.constraint().name(), false));
        } else if (op instanceof CreatePrimaryKey create) {
            changes.add(new IndexBuild(create.key().name(), false));
        } else if (op instanceof AddColumn add) {
            changes.add(new ColumnAdded(add.column().name(), add.column().serverDefault()));
        } else if (op instanceof AlterColumn alter) {
            if (alter.change().type() != null) {
                changes.add(new TypeChanged(alter.column(), alter.existing() == null ? null : alter.existing().type(),
                        alter.change().type()));
            }
            if (Boolean.FALSE.equals(alter.change().nullable())) {
                changes.add(new NotNullSet(alter.column()));
            }
            if (alter.change().newName() != null) {
                changes.add(new Renamed(alter.column(), alter.change().newName()));
            }
        } else if (op instanceof CreateForeignKey create) {
            changes.add(new ConstraintAdded(create.constraint().name(), true, null, false));
        } else if (op instanceof CreateCheckConstraint create) {
            changes.add(new ConstraintAdded(create.constraint().name(), false, create.constraint().expression(), false));
        } else if (op instanceof RenameTable rename) {
            changes.add(new Renamed(null, rename.newName()));
        }
        return new LockStatement(op.table(), changes, false, List.of(), null, null, false);
    }
}
