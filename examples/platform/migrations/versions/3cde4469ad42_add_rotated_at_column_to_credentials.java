// Revision: 3cde4469ad42
// Revises: 14e987c50f36
// Create-Date: 2026-08-11T16:37:00Z
// Message: add rotated_at column to credentials

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_3cde4469ad42 implements Migration {
    @Override
    public void upgrade(Ops op) {
        // Set when a secret is re-encrypted with a new key, so stale credentials can be found.
        op.addColumn("credentials", column("rotated_at", TIMESTAMP));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("credentials", "rotated_at");
    }
}
