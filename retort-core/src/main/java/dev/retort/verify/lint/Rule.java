package dev.retort.verify.lint;

import java.util.Objects;

/**
 * What a lint rule is, as people read it.
 *
 * @param id          stable identifier, e.g. {@code R001}
 * @param name        short kebab-case name, e.g. {@code multiple-heads}
 * @param explanation one line: why it matters
 * @param fix         one line: what to do about it
 */
public record Rule(String id, String name, String explanation, String fix) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(fix, "fix");
    }
}
