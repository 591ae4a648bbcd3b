// Revision: 14e987c50f36
// Revises: 87ff2202417b
// Create-Date: 2026-07-22T10:30:00Z
// Message: add is_entry_point flag to workflow_nodes

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_14e987c50f36 implements Migration {
    @Override
    public void upgrade(Ops op) {
        // NOT NULL is safe on a table with rows because of the default.
        op.addColumn("workflow_nodes", column("is_entry_point", BOOLEAN).notNull().serverDefault("0"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("workflow_nodes", "is_entry_point");
    }
}
