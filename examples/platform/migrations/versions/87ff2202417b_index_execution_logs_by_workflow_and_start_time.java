// Revision: 87ff2202417b
// Revises: ed13911eb00f
// Create-Date: 2026-07-10T13:00:00Z
// Message: index execution_logs by workflow and start time for the runs page

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_87ff2202417b implements Migration {
    @Override
    public void upgrade(Ops op) {
        // The runs page lists a workflow's executions newest first; the workflow_id index alone sorts in memory.
        op.createIndex("ix_execution_logs_workflow_id_started_at", "execution_logs", "workflow_id", "started_at");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("ix_execution_logs_workflow_id_started_at");
    }
}
