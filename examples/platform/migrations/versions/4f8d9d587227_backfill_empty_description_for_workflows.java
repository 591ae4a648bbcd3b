// Revision: 4f8d9d587227
// Revises: a5083172525d
// Create-Date: 2026-06-03T08:55:00Z
// Message: backfill empty description for workflows that have none

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_4f8d9d587227 implements Migration {
    @Override
    public void upgrade(Ops op) {
        // Data only: the next revision makes the column NOT NULL, which needs every row to have a value.
        op.execute("UPDATE workflows SET description = '' WHERE description IS NULL");
    }

    @Override
    public void downgrade(Ops op) {
        // The application never writes an empty description, so '' means "was NULL before the backfill".
        op.execute("UPDATE workflows SET description = NULL WHERE description = ''");
    }
}
