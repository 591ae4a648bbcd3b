package dev.retort.spring;

import dev.retort.api.MigrationResult;
import dev.retort.api.Retort;
import dev.retort.api.RunOptions;
import dev.retort.error.CheckFailedException;
import dev.retort.error.RetortException;
import dev.retort.revision.Step;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.StepLabel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.Locale;

/**
 * Migrates the database when the application context creates it. Spring Boot's database-initializer detection
 * ({@link RetortDatabaseInitializerDetector}) makes every bean that needs the schema (the JPA
 * EntityManagerFactory, JdbcTemplate, jOOQ's DSLContext, beans marked {@code @DependsOnDatabaseInitialization})
 * depend on this one, so none of them is created before the schema is at the target.
 */
public class RetortMigrationInitializer implements InitializingBean {
    private static final Log LOG = LogFactory.getLog(RetortMigrationInitializer.class);
    /** Hibernate settings that create or change tables: with Retort, the revisions do that. */
    private static final List<String> SCHEMA_CHANGING = List.of("create", "create-drop", "create-only", "update", "drop");

    private final Retort retort;
    private final RetortMigrationStrategy strategy;
    private final RetortProperties properties;
    private final Environment environment;

    /**
     * @param strategy what to run instead of the default upgrade, or null
     */
    public RetortMigrationInitializer(Retort retort, RetortMigrationStrategy strategy, RetortProperties properties,
                                      Environment environment) {
        this.retort = retort;
        this.strategy = strategy;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        refuseSchemaChangingDdlAuto();
        if (properties.isFailOnMultipleHeads()) {
            List<String> heads = retort.heads();
            if (heads.size() > 1) {
                throw new CheckFailedException(heads.size() + " heads (" + String.join(", ", heads) + "): merge them "
                        + "with `retort merge heads -m \"merge heads\"` (retort.fail-on-multiple-heads=true)");
            }
        }
        if (strategy != null) {
            strategy.migrate(retort);
            return;
        }
        MigrationResult result = retort.upgrade(properties.getTarget(), RunOptions.DEFAULTS.withListener(new Logging()));
        LOG.info("Retort: database at " + (result.current().isEmpty() ? "base" : String.join(", ", result.current()))
                + " (" + result.steps().size() + " revision" + (result.steps().size() == 1 ? "" : "s") + " applied now)");
    }

    private void refuseSchemaChangingDdlAuto() {
        for (String key : List.of("spring.jpa.hibernate.ddl-auto", "spring.jpa.properties.hibernate.hbm2ddl.auto")) {
            String value = environment.getProperty(key);
            if (value != null && SCHEMA_CHANGING.contains(value.strip().toLowerCase(Locale.ROOT))) {
                throw new RetortException(key + "=" + value + " lets Hibernate change tables behind Retort's back: set "
                        + "it to validate (or none) and write the change as a revision, or set retort.enabled=false");
            }
        }
    }

    /** The start-up log names each revision as it is applied, as the command line does. */
    private static final class Logging implements MigrationListener {
        @Override
        public void stepStarting(Step step, String from) {
            LOG.info("Retort: " + StepLabel.of(step));
        }

        @Override
        public void stepSkipped(Step step) {
            LOG.info("Retort: skipped " + step.revision().id() + ": another instance applied it");
        }
    }
}
