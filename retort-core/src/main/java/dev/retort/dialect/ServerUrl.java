package dev.retort.dialect;

import dev.retort.config.JdbcUrls;
import dev.retort.config.Secrets;
import dev.retort.error.RetortException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database server's JDBC URL ({@code jdbc:SCHEME://HOST[:PORT]/DATABASE[?params]}) split around its database
 * name, so that a rehearsal database on the same server is reached with the same host, credentials and
 * parameters.
 */
public record ServerUrl(String prefix, String database, String suffix) {
    private static final Pattern URL = Pattern.compile("(jdbc:[A-Za-z0-9:+._-]*//[^/?#]*/)([^?#]+)(.*)",
            Pattern.DOTALL);

    /** Empty when the URL names no database. */
    public static Optional<ServerUrl> parse(String url) {
        Matcher m = URL.matcher(url);
        return m.matches() ? Optional.of(new ServerUrl(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** The parts of {@code url}, or an error saying what {@code what} needs, e.g. "retort test on PostgreSQL". */
    public static ServerUrl require(String url, String what, String form) {
        return parse(url).orElseThrow(() -> new RetortException(what + " needs a URL of the form " + form + ", not "
                + Secrets.redactUrl(url)));
    }

    /** The same URL naming another database on the same server. */
    public String withDatabase(String name) {
        return prefix + name + suffix;
    }

    /**
     * A connection to {@code name} on this server, with the URL's credentials (user:password@ included);
     * {@code driverUrl} turns the URL into the one the family's driver takes.
     */
    public Connection connect(String name, UnaryOperator<String> driverUrl) throws SQLException {
        JdbcUrls.Credentials credentials = JdbcUrls.credentials(withDatabase(name));
        return DriverManager.getConnection(driverUrl.apply(credentials.url()), credentials.properties());
    }
}
