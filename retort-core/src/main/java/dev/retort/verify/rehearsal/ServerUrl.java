package dev.retort.verify.rehearsal;

import dev.retort.config.JdbcUrls;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database server's JDBC URL ({@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:mysql:}
 * {@code //HOST[:PORT]/DATABASE[?params]}) split around its database name, so that a rehearsal database on the
 * same server is reached with the same host, credentials and parameters.
 */
record ServerUrl(String prefix, String database, String suffix) {
    private static final Pattern URL = Pattern.compile("(jdbc:(?:postgresql|mariadb|mysql)://[^/?#]*/)([^?#]+)(.*)",
            Pattern.DOTALL);

    /** Empty when the URL names no database. */
    static Optional<ServerUrl> parse(String url) {
        Matcher m = URL.matcher(url);
        return m.matches() ? Optional.of(new ServerUrl(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** The same URL naming another database on the same server. */
    String withDatabase(String name) {
        return prefix + name + suffix;
    }

    /** A connection to {@code name} on this server, with the URL's credentials (user:password@ included). */
    Connection connect(String name) throws SQLException {
        JdbcUrls.Credentials credentials = JdbcUrls.credentials(withDatabase(name));
        Properties properties = new Properties();
        if (credentials.user() != null) {
            properties.setProperty("user", credentials.user());
        }
        if (credentials.password() != null) {
            properties.setProperty("password", credentials.password());
        }
        return DriverManager.getConnection(JdbcUrls.forDriver(credentials.url()), properties);
    }
}
