package dev.retort.dialect.postgres;

import dev.retort.config.RetortConfig;
import dev.retort.config.Settings;
import dev.retort.spi.Dialect;
import dev.retort.spi.DialectProvider;
import dev.retort.spi.RehearsalDatabase;

import java.sql.Connection;

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

    @Override
    public Object readSettings(Settings section) {
        return PostgresSettings.read(section);
    }

    @Override
    public Dialect connect(Connection connection, RetortConfig config) {
        return new PostgresDialect(settings(config));
    }

    @Override
    public Dialect offline(RetortConfig config) {
        return new PostgresDialect(settings(config));
    }

    private static PostgresSettings settings(RetortConfig config) {
        return config.dialectSettings(NAME, PostgresSettings.class).orElse(PostgresSettings.DEFAULT);
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
