package com.example.platform.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.time.Instant;

/** The settings of one node's component: the model it calls, its prompt, and free-form extras as JSON. */
@Entity
@Table(name = "component_configs",
        uniqueConstraints = @UniqueConstraint(name = "uq_component_configs_node_id", columnNames = "node_id"))
public class ComponentConfig {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id", nullable = false, foreignKey = @ForeignKey(name = "fk_component_configs_node_id",
            foreignKeyDefinition = "FOREIGN KEY (node_id) REFERENCES workflow_nodes (id) ON DELETE CASCADE"))
    private WorkflowNode node;

    @Column(name = "model_name", length = 100)
    private String modelName;

    @Lob
    @Column(name = "system_prompt")
    private String systemPrompt;

    @Column(name = "temperature", precision = 3, scale = 2)
    private BigDecimal temperature;

    @Column(name = "max_tokens")
    private Integer maxTokens;

    @Lob
    @Column(name = "extra_config", nullable = false, columnDefinition = "TEXT NOT NULL DEFAULT '{}'")
    private String extraConfig = "{}";

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ComponentConfig() {
    }

    public ComponentConfig(WorkflowNode node) {
        this.node = node;
    }
}
