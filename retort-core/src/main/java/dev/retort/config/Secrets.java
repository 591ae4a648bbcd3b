package dev.retort.config;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of everything Retort prints: messages, logs and errors show {@code ***}. One instance
 * per {@code Retort}, knowing the passwords of the URLs it was given, so a library that migrates two databases
 * masks both; {@link #redactUrl} masks by a URL's structure alone and needs no instance.
 */
public final class Secrets {
    /**
     * {@code //user:password@host}: the password runs to the last {@code @} before the host, since a password may
     * itself hold {@code @} ({@code user:Ab@cd9@host}); the host part never holds {@code @} or {@code /}.
     */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^/\\s]*@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)((?:password|pwd)=)[^&;\\s]+");
    /** Oracle's thin URLs put {@code user/password@} after {@code thin:}. */
    private static final Pattern THIN_USER_INFO = Pattern.compile("(?i)(:thin:[^/:@\\s]+/)[^\\s]*@");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("//[^/:@\\s]+:([^/\\s]*)@");
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)(?:password|pwd)=([^&;\\s]+)");
    /** Shorter passwords would mask ordinary words in messages. */
    private static final int SHORTEST_MASKED = 3;

    private final Set<String> passwords = new LinkedHashSet<>();

    /** Knows the passwords inside {@code urls} (nulls are skipped). */
    public Secrets(String... urls) {
        for (String url : urls) {
            register(url);
        }
    }

    /** Remembers the password inside {@code url}, so that it is masked even where a driver echoes it alone. */
    public synchronized void register(String url) {
        if (url == null) {
            return;
        }
        for (Pattern pattern : new Pattern[] {USER_INFO_PASSWORD, PARAM_PASSWORD}) {
            Matcher found = pattern.matcher(url);
            while (found.find()) {
                passwords.add(found.group(1));
            }
        }
    }

    /** {@code text} with every password in a URL's structure, and every password this instance knows, masked. */
    public String redact(String text) {
        String masked = redactUrl(text);
        if (masked == null) {
            return null;
        }
        Set<String> known;
        synchronized (this) {
            known = Set.copyOf(passwords);
        }
        for (String password : known) {
            if (password.length() >= SHORTEST_MASKED) {
                masked = masked.replace(password, "***");
            }
        }
        return masked;
    }

    /** {@code text} with the passwords in URLs masked by their structure: user info and password parameters. */
    public static String redactUrl(String text) {
        if (text == null) {
            return null;
        }
        String masked = USER_INFO.matcher(text).replaceAll("$1***@");
        masked = PASSWORD_PARAM.matcher(masked).replaceAll("$1***");
        return THIN_USER_INFO.matcher(masked).replaceAll("$1***@");
    }
}
