package dev.retort.runtime;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.RevisionFiles;
import dev.retort.error.RetortException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A URL of a wrapping driver (as p6spy, Testcontainers' jdbc:tc: and the AWS wrapper write them) names no dialect;
 * the database behind it does, through the connection's metadata.
 */
class WrappingDriverTest {
    private static final String SCHEME = "jdbc:wrapping:";
    private static final Driver WRAPPING = new WrappingDriver();

    @BeforeAll
    static void register() throws SQLException {
        DriverManager.registerDriver(WRAPPING);
    }

    @AfterAll
    static void deregister() throws SQLException {
        DriverManager.deregisterDriver(WRAPPING);
    }

    @Test
    void aWrappingDriversUrlIsMigratedAsTheDatabaseItReaches(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir).java("000000000001", "", "create users",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"users\");");
        Retort retort = Retort.open(RetortConfig.builder().projectDir(dir).url(SCHEME + dir.resolve("app.db")).build());
        assertEquals(List.of("000000000001"), retort.upgrade("head").current());
        assertEquals(List.of("000000000001"), Retort.open(RetortConfig.builder().projectDir(dir)
                .url("jdbc:sqlite:" + dir.resolve("app.db")).build()).current(), "the same database, reached directly");
    }

    @Test
    void aUrlNoDriverTakesIsRefusedNamingWhatRetortSpeaks(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir).java("000000000001", "", "create users", "", "");
        Retort retort = Retort.open(RetortConfig.builder().projectDir(dir).url("jdbc:nosuch://h/db").build());
        RetortException refused = assertThrows(RetortException.class, () -> retort.upgrade("head"));
        assertTrue(refused.getMessage().startsWith("unsupported database URL jdbc:nosuch://h/db: Retort speaks ")
                && refused.getMessage().contains("SQLite (jdbc:sqlite:FILE)"), refused.getMessage());
    }

    /** Hands {@code jdbc:wrapping:FILE} to SQLite and reports its own URL, as a wrapper does. */
    private static final class WrappingDriver implements Driver {
        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            if (!acceptsURL(url)) {
                return null;
            }
            Connection real = DriverManager.getConnection("jdbc:sqlite:" + url.substring(SCHEME.length()));
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getMetaData")) {
                            DatabaseMetaData meta = real.getMetaData();
                            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DatabaseMetaData.class},
                                    (p, m, a) -> m.getName().equals("getURL") ? url : invoke(m, meta, a));
                        }
                        return invoke(method, real, args);
                    });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public boolean acceptsURL(String url) {
            return url != null && url.startsWith(SCHEME);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            return new DriverPropertyInfo[0];
        }

        @Override
        public int getMajorVersion() {
            return 1;
        }

        @Override
        public int getMinorVersion() {
            return 0;
        }

        @Override
        public boolean jdbcCompliant() {
            return false;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }
    }
}
