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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/** A secret a user's workflows need (an LLM provider key, a bot token), encrypted by the application. */
@Entity
@Table(name = "credentials",
        uniqueConstraints = @UniqueConstraint(name = "uq_credentials_user_id_name", columnNames = {"user_id", "name"}))
public class Credential {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, foreignKey = @ForeignKey(name = "fk_credentials_user_id",
            foreignKeyDefinition = "FOREIGN KEY (user_id) REFERENCES user_profiles (id) ON DELETE CASCADE"))
    private UserProfile user;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    // Stored by name with no CHECK in the database: plugins add kinds of credential without a migration.
    // The column definition says so, since Hibernate would otherwise add a CHECK of the enum's names.
    @Enumerated(EnumType.STRING)
    @Column(name = "credential_type", nullable = false, length = 30, columnDefinition = "VARCHAR(30) NOT NULL")
    private CredentialType credentialType;

    @Lob
    @Column(name = "encrypted_value", nullable = false)
    private String encryptedValue;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false,
            columnDefinition = "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    protected Credential() {
    }

    public Credential(UserProfile user, String name, CredentialType credentialType, String encryptedValue) {
        this.user = user;
        this.name = name;
        this.credentialType = credentialType;
        this.encryptedValue = encryptedValue;
    }
}
