package dev.retort.dialect.mysql;

import dev.retort.config.RetortConfig;
import dev.retort.config.Settings;
import dev.retort.spi.Dialect;
import dev.retort.spi.DialectProvider;
import dev.retort.spi.RehearsalDatabase;

import java.sql.Connection;

/** MySQL and MariaDB servers ({@code jdbc:mariadb://HOST/DB} or {@code jdbc:mysql://HOST/DB}). */
public final class MysqlProvider implements DialectProvider {
    static final String NAME = "mysql";
    private static final String MYSQL_PREFIX = "jdbc:mysql:";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "MySQL/MariaDB";
    }

    @Override
    public String urlForm() {
        return "jdbc:mariadb://HOST/DB";
    }

    @Override
    public boolean acceptsUrl(String url) {
        return url.startsWith(MYSQL_PREFIX) || url.startsWith("jdbc:mariadb:");
    }

    @Override
    public boolean acceptsProduct(String product) {
        return "MySQL".equalsIgnoreCase(product) || "MariaDB".equalsIgnoreCase(product);
    }

    @Override
    public String driverUrl(String url) {
        return toDriverUrl(url);
    }

    /**
     * {@code jdbc:mysql:} is handed to the MariaDB driver (which speaks to MySQL servers too) as {@code jdbc:mariadb:},
     * since Connector/J 3 accepts the mysql scheme only with {@code permitMysqlScheme} and MySQL's own driver is
     * not bundled.
     */
    static String toDriverUrl(String url) {
        return url != null && url.startsWith(MYSQL_PREFIX) ? "jdbc:mariadb:" + url.substring(MYSQL_PREFIX.length()) : url;
    }

    @Override
    public Object readSettings(Settings section) {
        return MysqlSettings.read(section);
    }

    private static MysqlSettings settings(RetortConfig config) {
        return config.dialectSettings(NAME, MysqlSettings.class).orElse(MysqlSettings.DEFAULT);
    }

    /** Online, the dialect asks the server which MySQL or MariaDB it is; each revision sets its own sql_mode. */
    @Override
    public Dialect connect(Connection connection, RetortConfig config) {
        return new MysqlDialect(null, settings(config).lockWaitSeconds());
    }

    /** No server to ask, and nothing is read (the session has no connection). */
    @Override
    public Dialect offline(RetortConfig config) {
        return new MysqlDialect(offlineServer(config.url()), settings(config).lockWaitSeconds());
    }

    /**
     * The server --sql writes for, with none to ask: the oldest MySQL Retort supports for a jdbc:mysql: URL (MySQL
     * and MariaDB differ in expression indexes and dropping checks), else MariaDB as {@link MysqlServer#DEFAULT}.
     */
    static MysqlServer offlineServer(String url) {
        return url != null && url.startsWith(MYSQL_PREFIX) ? MysqlServer.mysql(8, 0, 16) : MysqlServer.DEFAULT;
    }

    @Override
    public RehearsalDatabase rehearsalCopy(String url) {
        return MysqlRehearsalDatabase.copyOf(url);
    }

    @Override
    public RehearsalDatabase rehearsalEmpty(String url) {
        return MysqlRehearsalDatabase.empty(url);
    }
}
