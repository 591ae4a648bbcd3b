package dev.retort.config;

import dev.retort.spi.DialectRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class JdbcUrlsTest {

    @Test
    void jdbcMysqlIsHandedToTheBundledMariadbDriver() {
        DialectRegistry dialects = DialectRegistry.installed();
        assertEquals("jdbc:mariadb://db.example:3306/app?sslMode=trust",
                dialects.forUrl("jdbc:mysql://db.example:3306/app?sslMode=trust").driverUrl("jdbc:mysql://db.example:3306/app?sslMode=trust"));
        assertEquals("jdbc:mariadb://h/app", dialects.forUrl("jdbc:mariadb://h/app").driverUrl("jdbc:mariadb://h/app"));
        assertEquals("jdbc:postgresql://h/app", dialects.forUrl("jdbc:postgresql://h/app").driverUrl("jdbc:postgresql://h/app"));
        assertEquals("mysql", dialects.forUrl("jdbc:mysql://h/app").name());
        assertEquals("mysql", dialects.forUrl("jdbc:mariadb://h/app").name());
    }

    @Test
    void userInfoIsTakenOutOfServerUrls() {
        var c = JdbcUrls.credentials("jdbc:mariadb://root:s3cretPw@127.0.0.1:3306/test?useSsl=false");
        assertEquals("jdbc:mariadb://127.0.0.1:3306/test?useSsl=false", c.url());
        assertEquals("root", c.user());
        assertEquals("s3cretPw", c.password());
        assertFalse(c.toString().contains("s3cretPw"), c.toString());

        var escaped = JdbcUrls.credentials("jdbc:postgresql://app%40corp:p%40ss%3Aw+rd@db.example:5432/app");
        assertEquals("jdbc:postgresql://db.example:5432/app", escaped.url());
        assertEquals("app@corp", escaped.user());
        assertEquals("p@ss:w+rd", escaped.password());

        var userOnly = JdbcUrls.credentials("jdbc:mysql://root@localhost/test");
        assertEquals("root", userOnly.user());
        assertNull(userOnly.password());
    }

    @Test
    void urlsWithoutUserInfoAreLeftAlone() {
        for (String url : new String[]{"jdbc:mariadb://127.0.0.1:3306/test?user=root&password=x",
                "jdbc:postgresql://localhost/app", "jdbc:sqlite:/tmp/a@b/db.sqlite3", "jdbc:sqlite:db.sqlite3"}) {
            var c = JdbcUrls.credentials(url);
            assertEquals(url, c.url());
            assertNull(c.user());
            assertNull(c.password());
        }
    }

    @Test
    void configsPrintTheirUrlRedacted() {
        RetortConfig config = RetortConfig.builder().scriptLocation(Path.of("migrations"))
                .url("jdbc:mariadb://root:s3cretPw@127.0.0.1:3306/test").build();
        assertFalse(config.toString().contains("s3cretPw"), config.toString());
        assertEquals("jdbc:mariadb://127.0.0.1:3306/test?user=root&password=***",
                Secrets.redactUrl("jdbc:mariadb://127.0.0.1:3306/test?user=root&password=s3cretPw"));
        assertEquals("jdbc:oracle:thin:scott/***@db:1521:x", Secrets.redactUrl("jdbc:oracle:thin:scott/s3cretPw@db:1521:x"));
        assertEquals("jdbc:sqlserver://db;user=sa;password=***;encrypt=true",
                Secrets.redactUrl("jdbc:sqlserver://db;user=sa;password=s3cretPw;encrypt=true"));
    }

    @Test
    void aUserAndPasswordGoIntoAServerUrlAndComeOutAgainIntact() {
        String url = JdbcUrls.withCredentials("jdbc:postgresql://db.example:5432/app?ssl=true", "app user", "p@ss:w/rd+");
        assertEquals("jdbc:postgresql://app%20user:p%40ss%3Aw%2Frd%2B@db.example:5432/app?ssl=true", url);
        var c = JdbcUrls.credentials(url);
        assertEquals("jdbc:postgresql://db.example:5432/app?ssl=true", c.url());
        assertEquals("app user", c.user());
        assertEquals("p@ss:w/rd+", c.password());
        assertEquals("jdbc:mariadb://other@h/db", JdbcUrls.withCredentials("jdbc:mariadb://root:old@h/db", "other", null),
                "the given user replaces the one in the URL");
        assertEquals("jdbc:sqlite:app.db", JdbcUrls.withCredentials("jdbc:sqlite:app.db", "u", "p"), "SQLite has no users");
        assertEquals("jdbc:postgresql://h/db", JdbcUrls.withCredentials("jdbc:postgresql://h/db", null, "p"));
    }
}
