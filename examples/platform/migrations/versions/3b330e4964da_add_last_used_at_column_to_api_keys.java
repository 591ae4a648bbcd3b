// Revision: 3b330e4964da
// Revises: 14e987c50f36
// Create-Date: 2026-08-11T15:02:00Z
// Message: add last_used_at column to api_keys

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_3b330e4964da implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.addColumn("api_keys", column("last_used_at", TIMESTAMP));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("api_keys", "last_used_at");
    }
}
