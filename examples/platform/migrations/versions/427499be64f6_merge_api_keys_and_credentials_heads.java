// Revision: 427499be64f6
// Revises: 3b330e4964da, 3cde4469ad42
// Create-Date: 2026-08-12T09:00:00Z
// Message: merge api_keys.last_used_at and credentials.rotated_at heads

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_427499be64f6 implements Migration {
    @Override
    public void upgrade(Ops op) {
        // Joins two heads written in parallel; no schema change of its own.
    }

    @Override
    public void downgrade(Ops op) {
    }
}
