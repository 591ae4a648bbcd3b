// Revision: d3c32713191a
// Revises:
// Create-Date: 2026-03-02T10:14:00Z
// Message: create initial platform schema: users, workflows, nodes, edges, component configs, execution logs

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_d3c32713191a implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable("user_profiles",
                column("id", INTEGER).primaryKey(),
                column("username", string(150)).notNull().unique(),
                column("email", string(255)).notNull(),
                column("display_name", string(100)),
                column("telegram_chat_id", string(64)).unique(),
                column("is_active", BOOLEAN).notNull().serverDefault("1"),
                column("created_at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP"));

        op.createTable("workflows",
                column("id", INTEGER).primaryKey(),
                column("slug", string(100)).notNull().unique(),
                column("name", string(200)).notNull(),
                column("description", TEXT),
                column("owner_id", INTEGER).notNull(),
                column("is_active", BOOLEAN).notNull().serverDefault("1"),
                column("created_at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP"),
                column("updated_at", TIMESTAMP),
                foreignKey("owner_id", "user_profiles", "id").named("fk_workflows_owner_id")
                        .onDelete(FkAction.CASCADE));
        op.createIndex("ix_workflows_owner_id", "workflows", "owner_id");

        op.createTable("workflow_nodes",
                column("id", INTEGER).primaryKey(),
                column("workflow_id", INTEGER).notNull(),
                column("node_key", string(100)).notNull(),
                column("node_type", string(50)).notNull(),
                column("label", string(200)),
                column("position_x", INTEGER).notNull().serverDefault("0"),
                column("position_y", INTEGER).notNull().serverDefault("0"),
                column("created_at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP"),
                unique("workflow_id", "node_key").named("uq_workflow_nodes_workflow_id_node_key"),
                foreignKey("workflow_id", "workflows", "id").named("fk_workflow_nodes_workflow_id")
                        .onDelete(FkAction.CASCADE));
        op.createIndex("ix_workflow_nodes_workflow_id", "workflow_nodes", "workflow_id");

        op.createTable("workflow_edges",
                column("id", INTEGER).primaryKey(),
                column("workflow_id", INTEGER).notNull(),
                column("source_node_id", INTEGER).notNull(),
                column("target_node_id", INTEGER).notNull(),
                column("edge_label", string(100)),
                column("condition_expr", TEXT),
                foreignKey("workflow_id", "workflows", "id").named("fk_workflow_edges_workflow_id")
                        .onDelete(FkAction.CASCADE),
                foreignKey("source_node_id", "workflow_nodes", "id").named("fk_workflow_edges_source_node_id")
                        .onDelete(FkAction.CASCADE),
                foreignKey("target_node_id", "workflow_nodes", "id").named("fk_workflow_edges_target_node_id")
                        .onDelete(FkAction.CASCADE));
        op.createIndex("ix_workflow_edges_workflow_id", "workflow_edges", "workflow_id");
        op.createIndex("ix_workflow_edges_source_node_id", "workflow_edges", "source_node_id");
        op.createIndex("ix_workflow_edges_target_node_id", "workflow_edges", "target_node_id");

        op.createTable("component_configs",
                column("id", INTEGER).primaryKey(),
                column("node_id", INTEGER).notNull(),
                column("model_name", string(100)),
                column("system_prompt", TEXT),
                column("temperature", numeric(3, 2)),
                column("max_tokens", INTEGER),
                column("extra_config", TEXT).notNull().serverDefault("'{}'"),
                column("updated_at", TIMESTAMP),
                unique("node_id").named("uq_component_configs_node_id"),
                foreignKey("node_id", "workflow_nodes", "id").named("fk_component_configs_node_id")
                        .onDelete(FkAction.CASCADE));

        op.createTable("execution_logs",
                column("id", INTEGER).primaryKey(),
                column("workflow_id", INTEGER).notNull(),
                column("triggered_by", INTEGER),
                column("status", string(20)).notNull().serverDefault("'PENDING'"),
                column("started_at", TIMESTAMP).notNull(),
                column("finished_at", TIMESTAMP),
                column("duration_ms", INTEGER),
                column("error_message", string(500)),
                column("output", TEXT),
                foreignKey("workflow_id", "workflows", "id").named("fk_execution_logs_workflow_id")
                        .onDelete(FkAction.CASCADE),
                foreignKey("triggered_by", "user_profiles", "id").named("fk_execution_logs_triggered_by")
                        .onDelete(FkAction.SET_NULL));
        op.createIndex("ix_execution_logs_workflow_id", "execution_logs", "workflow_id");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("ix_execution_logs_workflow_id");
        op.dropTable("execution_logs");
        op.dropTable("component_configs");
        op.dropIndex("ix_workflow_edges_target_node_id");
        op.dropIndex("ix_workflow_edges_source_node_id");
        op.dropIndex("ix_workflow_edges_workflow_id");
        op.dropTable("workflow_edges");
        op.dropIndex("ix_workflow_nodes_workflow_id");
        op.dropTable("workflow_nodes");
        op.dropIndex("ix_workflows_owner_id");
        op.dropTable("workflows");
        op.dropTable("user_profiles");
    }
}
