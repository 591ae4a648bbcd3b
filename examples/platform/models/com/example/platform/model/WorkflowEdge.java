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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A directed connection between two nodes of the same workflow, optionally guarded by a condition. */
@Entity
@Table(name = "workflow_edges", indexes = {
        @Index(name = "ix_workflow_edges_workflow_id", columnList = "workflow_id"),
        @Index(name = "ix_workflow_edges_source_node_id", columnList = "source_node_id"),
        @Index(name = "ix_workflow_edges_target_node_id", columnList = "target_node_id")})
public class WorkflowEdge {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workflow_id", nullable = false, foreignKey = @ForeignKey(name = "fk_workflow_edges_workflow_id",
            foreignKeyDefinition = "FOREIGN KEY (workflow_id) REFERENCES workflows (id) ON DELETE CASCADE"))
    private Workflow workflow;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_node_id", nullable = false, foreignKey = @ForeignKey(
            name = "fk_workflow_edges_source_node_id",
            foreignKeyDefinition = "FOREIGN KEY (source_node_id) REFERENCES workflow_nodes (id) ON DELETE CASCADE"))
    private WorkflowNode source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_node_id", nullable = false, foreignKey = @ForeignKey(
            name = "fk_workflow_edges_target_node_id",
            foreignKeyDefinition = "FOREIGN KEY (target_node_id) REFERENCES workflow_nodes (id) ON DELETE CASCADE"))
    private WorkflowNode target;

    @Column(name = "edge_label", length = 100)
    private String edgeLabel;

    /** An expression on the source node's output; the edge is followed when it is true (or absent). */
    @Lob
    @Column(name = "condition_expr")
    private String conditionExpr;

    protected WorkflowEdge() {
    }

    public WorkflowEdge(Workflow workflow, WorkflowNode source, WorkflowNode target) {
        this.workflow = workflow;
        this.source = source;
        this.target = target;
    }
}
