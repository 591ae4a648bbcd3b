// Revision: 8bc329f4821d
// Revises: ecc41fc5b976
// Create-Date: 2026-04-14T14:20:00Z
// Message: rename workflow_nodes.node_type to component_type

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_8bc329f4821d implements Migration {
    @Override
    public void upgrade(Ops op) {
        // A rename, not drop + add: the values move with the column.
        op.alterColumn("workflow_nodes", "node_type", change().rename("component_type"));
    }

    @Override
    public void downgrade(Ops op) {
        op.alterColumn("workflow_nodes", "component_type", change().rename("node_type"));
    }
}
