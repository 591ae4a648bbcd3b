package dev.retort.config;

import dev.retort.error.RetortException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What any server's JDBC URL may carry that its driver does not read: {@code user:password@} before the host. */
public final class JdbcUrls {
    /** The user info runs to the last {@code @} before the host: a password may hold {@code @}. */
    private static final Pattern USER_INFO = Pattern.compile("(jdbc:[A-Za-z0-9:+._-]*//)([^/?#]*)@(.*)", Pattern.DOTALL);

    private JdbcUrls() {
    }

    /** A server URL split into what JDBC drivers read and the {@code user:password@} they do not. */
    public record Credentials(String url, String user, String password) {
        /** The user and password as the driver's connection properties. */
        public Properties properties() {
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            return properties;
        }

        @Override
        public String toString() {
            return "Credentials[url=" + Secrets.redactUrl(url) + ", user=" + user + ", password=***]";
        }
    }

    /**
     * Accepts {@code jdbc:mariadb://user:password@host/db} (the form people know from other tools): the drivers
     * take user and password only as properties or query parameters, and read {@code user:password@host} as a
     * host and a bad port. Percent-escapes in them are decoded.
     */
    public static Credentials credentials(String url) {
        Matcher userInfo = USER_INFO.matcher(url == null ? "" : url);
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
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * The URL with {@code user} and {@code password} put in as {@code //user:password@host} (percent-encoded),
     * which {@link #credentials} takes apart again before connecting; any user info already there is replaced.
     * A URL without {@code //HOST} (a database file has no users) and a null or blank user leave it as it is.
     */
    public static String withCredentials(String url, String user, String password) {
        if (url == null || user == null || user.isBlank()) {
            return url;
        }
        int slashes = url.indexOf("//");
        if (slashes < 0) {
            return url;
        }
        if (!url.startsWith("jdbc:")) {
            throw new RetortException("a user and password need a server URL like jdbc:postgresql://host/db, not "
                    + Secrets.redactUrl(url));
        }
        String rest = credentials(url).url().substring(slashes + 2);
        String info = encode(user) + (password == null || password.isEmpty() ? "" : ":" + encode(password));
        return url.substring(0, slashes + 2) + info + "@" + rest;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
