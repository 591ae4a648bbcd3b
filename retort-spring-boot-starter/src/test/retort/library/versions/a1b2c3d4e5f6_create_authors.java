// Revision: a1b2c3d4e5f6
// Revises:
// Create-Date: 2026-11-24T10:00:00Z
// Message: create authors

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_a1b2c3d4e5f6 implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable("authors", column("id", INTEGER).primaryKey(), column("name", string(100)).notNull());
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("authors");
    }
}
