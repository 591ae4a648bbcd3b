package dev.retort.verify.lint;

import dev.retort.ops.AddColumn;
import dev.retort.ops.BulkInsert;
import dev.retort.ops.CreateForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameTable;
import dev.retort.schema.ForeignKey;

import java.util.ArrayList;
import java.util.List;

/** What rules need to know about an operation: schema or data, which tables, which foreign keys. */
final class OpFacts {
    private OpFacts() {
    }

    /** Changes data: inserted rows, or SQL that inserts, updates or deletes. */
    static boolean isData(Operation op) {
        return op instanceof BulkInsert || op instanceof Execute e && SqlDdl.kind(e.sql()) == SqlDdl.Kind.DATA;
    }

    /** Changes the schema: every operation except data changes and SQL that is neither (PRAGMA, SELECT). */
    static boolean isSchema(Operation op) {
        return op instanceof Execute e ? SqlDdl.kind(e.sql()) == SqlDdl.Kind.SCHEMA : !isData(op);
    }

    /** The tables a schema operation creates or changes (both names of a rename); empty for data changes. */
    static List<String> tables(Operation op) {
        List<String> out = new ArrayList<>();
        if (!isSchema(op)) {
            return out;
        }
        if (op instanceof RenameTable rename) {
            out.add(rename.table());
            out.add(rename.newName());
        } else if (op instanceof Execute execute) {
            String table = SqlDdl.table(execute.sql());
            if (table != null) {
                out.add(table);
            }
        } else if (op.table() != null) {
            out.add(op.table());
        }
        return out;
    }

    /** Tables an operation links its table to by foreign key (a rename links the old and new name). */
    static List<String> linkedTables(Operation op) {
        List<String> out = new ArrayList<>();
        if (op instanceof CreateTable create) {
            create.definition().foreignKeys().forEach(fk -> out.add(fk.refTable()));
        } else if (op instanceof AddColumn add && add.column().references() != null) {
            out.add(add.column().references().refTable());
        } else if (op instanceof CreateForeignKey create) {
            out.add(create.constraint().refTable());
        } else if (op instanceof DropConstraint drop && drop.definition() instanceof ForeignKey fk) {
            out.add(fk.refTable());
        } else if (op instanceof Execute execute && isSchema(op)) {
            out.addAll(SqlDdl.references(execute.sql()));
        }
        return out;
    }

    /** Whether Retort builds this index without blocking writes: {@code createIndex(...).concurrently()}. */
    static boolean buildsIndexOnline(CreateIndex create) {
        return create.concurrently();
    }
}
