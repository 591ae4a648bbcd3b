package com.example.platform.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/** One step of a workflow: a trigger, an agent, a tool call; {@code node_key} is its name on the canvas. */
@Entity
@Table(name = "workflow_nodes",
        indexes = @Index(name = "ix_workflow_nodes_workflow_id", columnList = "workflow_id"),
        uniqueConstraints = @UniqueConstraint(name = "uq_workflow_nodes_workflow_id_node_key",
                columnNames = {"workflow_id", "node_key"}))
public class WorkflowNode {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workflow_id", nullable = false, foreignKey = @ForeignKey(name = "fk_workflow_nodes_workflow_id",
            foreignKeyDefinition = "FOREIGN KEY (workflow_id) REFERENCES workflows (id) ON DELETE CASCADE"))
    private Workflow workflow;

    @Column(name = "node_key", nullable = false, length = 100)
    private String nodeKey;

    /** Which component runs here, e.g. {@code agent}, {@code trigger_telegram}, {@code code}. */
    @Column(name = "component_type", nullable = false, length = 50)
    private String componentType;

    @Column(name = "label", length = 200)
    private String label;

    @Column(name = "position_x", nullable = false, columnDefinition = "INTEGER NOT NULL DEFAULT 0")
    private int positionX;

    @Column(name = "position_y", nullable = false, columnDefinition = "INTEGER NOT NULL DEFAULT 0")
    private int positionY;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false,
            columnDefinition = "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP")
    private Instant createdAt;

    @Column(name = "is_entry_point", nullable = false, columnDefinition = "BOOLEAN NOT NULL DEFAULT 0")
    private boolean entryPoint;

    protected WorkflowNode() {
    }

    public WorkflowNode(Workflow workflow, String nodeKey, String componentType) {
        this.workflow = workflow;
        this.nodeKey = nodeKey;
        this.componentType = componentType;
    }

    public Integer getId() {
        return id;
    }
}
