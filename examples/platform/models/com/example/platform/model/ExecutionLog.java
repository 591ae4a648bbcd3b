package com.example.platform.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

import java.time.Instant;

/** One run of a workflow. Runs outlive the user who started them: triggered_by is set to NULL on delete. */
@Entity
@Table(name = "execution_logs", indexes = {
        @Index(name = "ix_execution_logs_workflow_id", columnList = "workflow_id"),
        @Index(name = "ix_execution_logs_workflow_id_started_at", columnList = "workflow_id, started_at")})
public class ExecutionLog {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workflow_id", nullable = false, foreignKey = @ForeignKey(name = "fk_execution_logs_workflow_id",
            foreignKeyDefinition = "FOREIGN KEY (workflow_id) REFERENCES workflows (id) ON DELETE CASCADE"))
    private Workflow workflow;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "triggered_by", foreignKey = @ForeignKey(name = "fk_execution_logs_triggered_by",
            foreignKeyDefinition = "FOREIGN KEY (triggered_by) REFERENCES user_profiles (id) ON DELETE SET NULL"))
    private UserProfile triggeredBy;

    // JPA 3.1 has no annotation for a CHECK constraint (3.2 adds @CheckConstraint); it is written here
    // the way the database declares it, and the revision that added it is ca07697bacb4.
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20,
            columnDefinition = "VARCHAR(20) NOT NULL DEFAULT 'PENDING' CONSTRAINT ck_execution_logs_status"
                    + " CHECK (status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'))")
    private ExecutionStatus status = ExecutionStatus.PENDING;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "duration_ms")
    private Integer durationMs;

    @Lob
    @Column(name = "error_message")
    private String errorMessage;

    @Lob
    @Column(name = "output")
    private String output;

    @Column(name = "token_count")
    private Integer tokenCount;

    protected ExecutionLog() {
    }

    public ExecutionLog(Workflow workflow, Instant startedAt) {
        this.workflow = workflow;
        this.startedAt = startedAt;
    }
}
