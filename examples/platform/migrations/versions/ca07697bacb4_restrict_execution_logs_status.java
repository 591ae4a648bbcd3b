// Revision: ca07697bacb4
// Revises: 427499be64f6
// Create-Date: 2026-09-01T11:20:00Z
// Message: restrict execution_logs.status to the known run states

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_ca07697bacb4 implements Migration {
    @Override
    public void upgrade(Ops op) {
        // Mirrors the ExecutionStatus enum; SQLite adds a CHECK only by rebuilding execution_logs.
        op.createCheckConstraint("ck_execution_logs_status", "execution_logs",
                "status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropConstraint("execution_logs", "ck_execution_logs_status");
    }
}
