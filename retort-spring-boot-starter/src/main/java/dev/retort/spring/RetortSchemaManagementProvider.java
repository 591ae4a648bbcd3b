package dev.retort.spring;

import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

import javax.sql.DataSource;

/**
 * Tells Spring Boot that Retort manages the schema of the DataSource it migrates, so Hibernate's
 * {@code ddl-auto} defaults to {@code none} there (Spring Boot would pick {@code create-drop} for an embedded
 * database otherwise) and does not create tables behind Retort's back.
 */
class RetortSchemaManagementProvider implements SchemaManagementProvider {
    private final DataSource migrated;

    /** @param migrated the DataSource Retort migrates, or null when it has a connection of its own */
    RetortSchemaManagementProvider(DataSource migrated) {
        this.migrated = migrated;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return migrated != null && migrated == dataSource ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
