package dev.retort.config;

import java.util.regex.Pattern;

/** Keeps passwords out of everything Retort prints: messages, logs and errors show {@code ***}. */
public final class Secrets {
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]+@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)((?:password|pwd)=)[^&;\\s]+");
    /** Oracle's thin URLs put {@code user/password@} after {@code thin:}. */
    private static final Pattern THIN_USER_INFO = Pattern.compile("(?i)(:thin:[^/:@\\s]+/)[^@\\s]+@");
    private static volatile String knownPassword;

    private Secrets() {
    }

    /** Remembers the password inside {@code url}, so that it is masked even where a driver echoes it alone. */
    public static void register(String url) {
        if (url == null) {
            return;
        }
        var userInfo = Pattern.compile("//[^/:@\\s]+:([^@/\\s]+)@").matcher(url);
        if (userInfo.find()) {
            knownPassword = userInfo.group(1);
        }
        var param = Pattern.compile("(?i)(?:password|pwd)=([^&;\\s]+)").matcher(url);
        if (param.find()) {
            knownPassword = param.group(1);
        }
    }

    /** {@code text} with every password it may hold shown as {@code ***}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String masked = USER_INFO.matcher(text).replaceAll("$1***@");
        masked = PASSWORD_PARAM.matcher(masked).replaceAll("$1***");
        masked = THIN_USER_INFO.matcher(masked).replaceAll("$1***@");
        String password = knownPassword;
        if (password != null && password.length() >= 3) {
            masked = masked.replace(password, "***");
        }
        return masked;
    }
}
