// Revision: ecc41fc5b976
// Revises: 769c25ffe809
// Create-Date: 2026-04-01T09:30:00Z
// Message: add token_count column to execution_logs

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_ecc41fc5b976 implements Migration {
    @Override
    public void upgrade(Ops op) {
        // Nullable: runs logged before this revision have no count, and ADD COLUMN stays native on SQLite.
        op.addColumn("execution_logs", column("token_count", INTEGER));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("execution_logs", "token_count");
    }
}
