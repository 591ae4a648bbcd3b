package dev.retort.spring;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} initializes the database, so that beans which use it
 * are made to depend on it: how Spring Boot orders Flyway and Liquibase, without {@code @DependsOn} in user code.
 * Registered in {@code META-INF/spring.factories} under {@link DatabaseInitializerDetector}.
 */
public class RetortDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(RetortMigrationInitializer.class);
    }
}
