package dev.retort.spring;

import dev.retort.api.Retort;
import dev.retort.api.RetortBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

import javax.sql.DataSource;

/**
 * Runs Retort when the application starts: after the {@code DataSource} is configured, and (through Spring Boot's
 * database-initializer detection, imported here as Flyway's integration does) before any JPA
 * {@code EntityManagerFactory}, {@code JdbcTemplate} or jOOQ {@code DSLContext} is created.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        beforeName = "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration")
@ConditionalOnClass(Retort.class)
@Conditional(RetortAutoConfiguration.DatabaseCondition.class)
@ConditionalOnProperty(prefix = "retort", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetortProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class RetortAutoConfiguration {

    /** Retort on the application's DataSource, or on a connection of its own when {@code retort.url} is set. */
    @Bean
    @ConditionalOnMissingBean
    public Retort retort(RetortProperties properties, ObjectProvider<DataSource> dataSource, ResourceLoader resources) {
        RetortBuilder builder = Retort.builder().locations(properties.getLocations());
        ClassLoader loader = resources.getClassLoader();
        if (loader != null) {
            builder.classLoader(loader);
        }
        if (properties.getUrl() != null && !properties.getUrl().isBlank()) {
            builder.url(properties.getUrl()).user(properties.getUser()).password(properties.getPassword());
        } else {
            builder.dataSource(dataSource.getObject());
        }
        return builder.build();
    }

    /** Migrates at start-up: the default upgrade, or the application's {@link RetortMigrationStrategy}. */
    @Bean
    @ConditionalOnMissingBean
    public RetortMigrationInitializer retortMigrationInitializer(Retort retort,
                                                                 ObjectProvider<RetortMigrationStrategy> strategy,
                                                                 RetortProperties properties, Environment environment) {
        return new RetortMigrationInitializer(retort, strategy.getIfAvailable(), properties, environment);
    }

    /** Keeps Hibernate's {@code ddl-auto} at {@code none} by default on the DataSource Retort migrates. */
    @Bean
    RetortSchemaManagementProvider retortSchemaManagementProvider(RetortProperties properties,
                                                                  ObjectProvider<DataSource> dataSource) {
        boolean ownConnection = properties.getUrl() != null && !properties.getUrl().isBlank();
        return new RetortSchemaManagementProvider(ownConnection ? null : dataSource.getIfUnique());
    }

    /** There is a database to migrate: a DataSource bean, or {@code retort.url}. */
    static final class DatabaseCondition extends AnyNestedCondition {
        DatabaseCondition() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = "retort", name = "url")
        static final class RetortUrl {
        }
    }
}
