package dev.retort.dialect.postgres;

import dev.retort.config.RetortConfig;
import dev.retort.config.Settings;
import dev.retort.spi.Dialect;
import dev.retort.spi.DialectProvider;
import dev.retort.spi.RehearsalDatabase;

import java.sql.Connection;
import java.util.Set;

/** PostgreSQL servers ({@code jdbc:postgresql://HOST/DB}). */
public final class PostgresProvider implements DialectProvider {
    static final String NAME = "postgresql";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public String urlForm() {
        return "jdbc:postgresql://HOST/DB";
    }

    @Override
    public boolean acceptsUrl(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public boolean acceptsProduct(String product) {
        return "PostgreSQL".equalsIgnoreCase(product);
    }

    /** Nothing to set yet; the section is reserved so that settings can come without breaking files. */
    @Override
    public Object readSettings(Settings section) {
        section.allowOnly(Set.of());
        return new PostgresSettings();
    }

    @Override
    public Dialect connect(Connection connection, RetortConfig config) {
        return new PostgresDialect();
    }

    @Override
    public Dialect offline(RetortConfig config) {
        return new PostgresDialect();
    }

    @Override
    public RehearsalDatabase rehearsalCopy(String url) {
        return PostgresRehearsalDatabase.copyOf(url);
    }

    @Override
    public RehearsalDatabase rehearsalEmpty(String url) {
        return PostgresRehearsalDatabase.empty(url);
    }
}
