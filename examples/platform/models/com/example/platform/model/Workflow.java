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

import java.time.Instant;

/** A graph of nodes that runs when one of its triggers fires. */
@Entity
@Table(name = "workflows", indexes = @Index(name = "ix_workflows_owner_id", columnList = "owner_id"))
public class Workflow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "slug", nullable = false, length = 100, unique = true)
    private String slug;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Lob
    @Column(name = "description", nullable = false, columnDefinition = "TEXT NOT NULL DEFAULT ''")
    private String description = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false, foreignKey = @ForeignKey(name = "fk_workflows_owner_id",
            foreignKeyDefinition = "FOREIGN KEY (owner_id) REFERENCES user_profiles (id) ON DELETE CASCADE"))
    private UserProfile owner;

    @Column(name = "is_active", nullable = false, columnDefinition = "BOOLEAN NOT NULL DEFAULT 1")
    private boolean active = true;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false,
            columnDefinition = "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Workflow() {
    }

    public Workflow(UserProfile owner, String slug, String name) {
        this.owner = owner;
        this.slug = slug;
        this.name = name;
    }

    public Integer getId() {
        return id;
    }
}
