// Revision: b9fedf64cb52
// Revises: 8bc329f4821d
// Create-Date: 2026-05-05T16:45:00Z
// Message: change execution_logs.error_message from VARCHAR(500) to TEXT

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_b9fedf64cb52 implements Migration {
    @Override
    public void upgrade(Ops op) {
        // Stack traces from tool nodes were cut at 500 characters by the application; TEXT has no limit.
        op.alterColumn("execution_logs", "error_message", change().type(TEXT));
    }

    @Override
    public void downgrade(Ops op) {
        op.alterColumn("execution_logs", "error_message", change().type(string(500)));
    }
}
