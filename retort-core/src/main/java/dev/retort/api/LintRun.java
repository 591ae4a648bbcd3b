package dev.retort.api;

import dev.retort.config.RetortConfig;
import dev.retort.runtime.Database;
import dev.retort.script.MigrationLoader;
import dev.retort.script.ScriptDirectory;
import dev.retort.spi.Dialect;
import dev.retort.spi.DialectRegistry;
import dev.retort.verify.lint.DatabaseFacts;
import dev.retort.verify.lint.LintReport;
import dev.retort.verify.lint.Linter;
import dev.retort.verify.lint.LiveDatabaseFacts;

import javax.sql.DataSource;
import java.util.List;

/**
 * One lint of a project's revisions: with what the configured database says about its tables when it can be
 * reached, and for its family's rules (or, with no database, the URL's family or the default one).
 */
final class LintRun {
    private LintRun() {
    }

    static LintReport run(RetortConfig config, DataSource dataSource, ScriptDirectory scripts, MigrationLoader loader,
                          List<String> revisions) {
        Database database = LiveDatabaseFacts.openIfReachable(config, dataSource);
        try {
            DatabaseFacts facts = database == null ? DatabaseFacts.NONE : new LiveDatabaseFacts(database);
            // Without a database, revisions are recorded for the URL's dialect, or the default one when none says.
            DialectRegistry registry = DialectRegistry.installed();
            Dialect dialect = database != null ? database.dialect()
                    : registry.find(config.url()).orElseGet(() -> registry.forUrlOrDefault(null)).offline(config);
            return new Linter(scripts, loader, dialect.name(), dialect.locks(), facts).lint(revisions);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
