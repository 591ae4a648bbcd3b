package dev.retort.config;

import dev.retort.error.RetortException;

import java.nio.file.Path;

/** What a JDBC URL says: which dialect, and for SQLite, which file. */
public final class JdbcUrls {
    private static final String SQLITE = "jdbc:sqlite:";
    private static final java.util.regex.Pattern USER_INFO =
            java.util.regex.Pattern.compile("(jdbc:(?:postgresql|mariadb|mysql)://)([^/?#]*)@(.*)", java.util.regex.Pattern.DOTALL);

    private JdbcUrls() {
    }

    /** The dialect a URL speaks: {@code sqlite}, {@code postgresql} or {@code mysql}; an error for any other. */
    public static String dialectOf(String url) {
        if (url == null || url.isBlank()) {
            throw new RetortException("no database URL: set url in retort.toml, RETORT_URL, or pass --url");
        }
        if (url.startsWith(SQLITE)) {
            return "sqlite";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return "mysql";
        }
        throw new RetortException("unsupported database URL " + Secrets.redact(url)
                + ": Retort speaks jdbc:sqlite:, jdbc:postgresql: and jdbc:mariadb:/jdbc:mysql:");
    }

    /** A server URL split into what JDBC drivers read and the {@code user:password@} they do not. */
    public record Credentials(String url, String user, String password) {
        @Override
        public String toString() {
            return "Credentials[url=" + Secrets.redact(url) + ", user=" + user + ", password=***]";
        }
    }

    /**
     * Accepts {@code jdbc:mariadb://user:password@host/db} (the form people know from other tools): the
     * MariaDB and PostgreSQL drivers take user and password only as properties or query parameters, and
     * read {@code user:password@host} as a host and a bad port. Percent-escapes in them are decoded.
     */
    public static Credentials credentials(String url) {
        var userInfo = USER_INFO.matcher(url == null ? "" : url);
        if (!userInfo.matches()) {
            return new Credentials(url, null, null);
        }
        String info = userInfo.group(2);
        int colon = info.indexOf(':');
        String user = decode(colon < 0 ? info : info.substring(0, colon));
        String password = colon < 0 ? null : decode(info.substring(colon + 1));
        return new Credentials(userInfo.group(1) + userInfo.group(3), user.isEmpty() ? null : user, password);
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * The URL as the bundled drivers take it: {@code jdbc:mysql:} is handed to the MariaDB driver (which speaks
     * to MySQL servers too) as {@code jdbc:mariadb:}, since Connector/J 3 accepts the mysql scheme only with
     * {@code permitMysqlScheme} and MySQL's own driver is not bundled.
     */
    public static String forDriver(String url) {
        return url != null && url.startsWith("jdbc:mysql:") ? "jdbc:mariadb:" + url.substring("jdbc:mysql:".length()) : url;
    }

    /** A SQLite URL with a relative file path, made absolute against {@code dir}; other URLs unchanged. */
    public static String resolveRelative(String url, Path dir) {
        if (!url.startsWith(SQLITE)) {
            return url;
        }
        String rest = url.substring(SQLITE.length());
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith("file:")) {
            return url;
        }
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        String suffix = query < 0 ? "" : rest.substring(query);
        Path file = Path.of(path);
        return file.isAbsolute() ? url : SQLITE + dir.resolve(file).normalize() + suffix;
    }

    /** The database file of a SQLite URL, or null for an in-memory database or another dialect. */
    public static Path sqliteFile(String url) {
        if (url == null || !url.startsWith(SQLITE)) {
            return null;
        }
        String rest = url.substring(SQLITE.length());
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.contains("mode=memory")) {
            return null;
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int query = rest.indexOf('?');
        return Path.of(query < 0 ? rest : rest.substring(0, query));
    }

    /**
     * The URL with {@code user} and {@code password} put in as {@code //user:password@host} (percent-encoded),
     * which {@link #credentials} takes apart again before connecting; any user info already there is replaced.
     * A SQLite URL, which has no users, and a null or blank user leave the URL as it is.
     */
    public static String withCredentials(String url, String user, String password) {
        if (url == null || user == null || user.isBlank() || url.startsWith(SQLITE)) {
            return url;
        }
        int slashes = url.indexOf("//");
        if (slashes < 0 || !url.startsWith("jdbc:")) {
            throw new RetortException("a user and password need a server URL like jdbc:postgresql://host/db, not "
                    + Secrets.redact(url));
        }
        String rest = credentials(url).url().substring(slashes + 2);
        String info = encode(user) + (password == null || password.isEmpty() ? "" : ":" + encode(password));
        return url.substring(0, slashes + 2) + info + "@" + rest;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
