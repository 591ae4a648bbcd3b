package dev.retort.verify.lint;

/** How bad a finding is: errors fail {@code retort lint}; warnings fail it only with {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    /** As printed: {@code error}, {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
