// Revision: ed13911eb00f
// Revises: 4f8d9d587227
// Create-Date: 2026-06-04T09:15:00Z
// Message: make workflows.description NOT NULL with default empty string

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_ed13911eb00f implements Migration {
    @Override
    public void upgrade(Ops op) {
        // SQLite rebuilds workflows for this. Nodes, edges and execution logs reference it with
        // ON DELETE CASCADE; Retort switches foreign keys off around the rebuild so they survive.
        op.alterColumn("workflows", "description", change().notNull().serverDefault("''"));
    }

    @Override
    public void downgrade(Ops op) {
        op.alterColumn("workflows", "description", change().nullable(true).dropDefault());
    }
}
