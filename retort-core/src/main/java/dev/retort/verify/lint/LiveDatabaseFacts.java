package dev.retort.verify.lint;

import dev.retort.spi.DialectProvider;
import dev.retort.spi.DialectRegistry;
import dev.retort.config.RetortConfig;
import dev.retort.config.Secrets;
import dev.retort.error.RetortException;
import dev.retort.runtime.Database;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link DatabaseFacts} read from an open database; it only reads, and the schema is read once. */
public final class LiveDatabaseFacts implements DatabaseFacts {
    private final Database database;
    private final Map<String, Boolean> hasRows = new HashMap<>();
    private Schema schema;

    public LiveDatabaseFacts(Database database) {
        this.database = database;
    }

    /**
     * The configured database when lint can reach it, else null. A database file that does not exist yet is
     * not reachable (opening it would create it); nor is a URL this build cannot connect to.
     *
     * @param dataSource the application's pool, or null to connect to the configured URL
     */
    public static Database openIfReachable(RetortConfig config, DataSource dataSource) {
        if (dataSource != null) {
            try {
                return Database.open(dataSource, config, new Secrets(config.url()));
            } catch (RetortException e) {
                return null;
            }
        }
        String url = config.url();
        if (url == null || url.isBlank()) {
            return null;
        }
        Optional<DialectProvider> provider = DialectRegistry.installed().find(url);
        if (provider.isPresent() && !provider.get().exists(url)) {
            return null;
        }
        try {
            return Database.open(config);
        } catch (RetortException e) {
            return null;
        }
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String description() {
        return database.displayUrl();
    }

    @Override
    public Optional<Table> table(String name) {
        if (schema == null) {
            schema = database.dialect().inspector().inspect(database.connection());
        }
        return schema.table(name);
    }

    @Override
    public Optional<Boolean> hasRows(String table) {
        Optional<Table> live = table(table);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        String name = live.get().name();
        return Optional.of(hasRows.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> anyRow(name)));
    }

    private boolean anyRow(String table) {
        String sql = "SELECT 1 FROM " + database.dialect().quote(table) + " LIMIT 1";
        try (Statement st = database.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next();
        } catch (SQLException e) {
            throw new RetortException("lint: cannot read table " + table + " in " + database.displayUrl() + ": "
                    + e.getMessage(), e);
        }
    }
}
