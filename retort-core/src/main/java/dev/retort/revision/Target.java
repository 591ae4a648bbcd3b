package dev.retort.revision;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed upgrade/downgrade target or revision spec, in Alembic's grammar:
 * {@code [LABEL@|REV@](head|heads|base|REV)} with an optional {@code +N}/{@code -N}, or {@code +N}/{@code -N}
 * alone. Parsing only; meaning is given by Resolver and Planner, and a few forms mean different things going
 * up and going down (as in Alembic), which is why the parts are kept apart here.
 */
sealed interface Target {
    Pattern RELATIVE = Pattern.compile("[+-]\\d+");
    Pattern FROM_REVISION = Pattern.compile("(.+)([+-]\\d+)");
    Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    /** Before the first revision; {@code LABEL@base}: before the first revision of that branch. */
    record Base(String branch) implements Target {
        Base() {
            this(null);
        }
    }

    /** The single head of the graph. */
    record Head() implements Target {}

    /** {@code LABEL@head}: the single head built on the named revision. */
    record BranchHead(String branch) implements Target {}

    /** Every head of the graph, or ({@code LABEL@heads}) every head built on the named revision. */
    record Heads(String branch) implements Target {
        Heads() {
            this(null);
        }
    }

    /** {@code +N}, {@code -N} (branch null) or {@code LABEL@+N}, {@code LABEL@-N}: steps from the database's state. */
    record Relative(String branch, int steps) implements Target {}

    /**
     * {@code REV+N}, {@code REV-N}, {@code head-N}, {@code base+N}, optionally after {@code LABEL@}: the
     * revision N steps along the line from the symbol.
     */
    record FromRevision(String branch, String revision, int steps) implements Target {
        FromRevision(String revision, int steps) {
            this(null, revision, steps);
        }
    }

    /** A full id, a unique id prefix or a branch label; after {@code LABEL@}, a revision on that branch. */
    record Named(String branch, String spec) implements Target {
        Named(String spec) {
            this(null, spec);
        }
    }

    /**
     * @param isName whether a spec is exactly an id or a label; such a name wins over reading it as
     *               REV-N, so a label like {@code release-2} keeps working
     */
    static Target parse(String spec, Predicate<String> isName) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidTargetException("the target is empty; give a revision, head, heads, base, +N or -N");
        }
        String s = spec.trim();
        if (isName.test(s)) {
            return new Named(s);
        }
        switch (s) {
            case "base":
                return new Base();
            case "head":
                return new Head();
            case "heads":
                return new Heads();
            default:
                break;
        }
        if (RELATIVE.matcher(s).matches()) {
            return new Relative(null, steps(s, spec));
        }
        int at = s.indexOf('@');
        if (at < 0) {
            return symbol(null, s, spec);
        }
        String branch = s.substring(0, at);
        String rest = s.substring(at + 1);
        if (branch.isEmpty()) {
            throw new InvalidTargetException("'" + spec + "' names no branch before '@'; write LABEL@head, LABEL@+N or LABEL@-N");
        }
        if (rest.isEmpty() || rest.indexOf('@') >= 0) {
            throw new InvalidTargetException("'" + spec + "' is not a target; after '@' write head, heads, base, "
                    + "a revision, +N or -N");
        }
        if (isName.test(rest)) {
            return new Named(branch, rest);
        }
        switch (rest) {
            case "head":
                return new BranchHead(branch);
            case "heads":
                return new Heads(branch);
            case "base":
                return new Base(branch);
            default:
                break;
        }
        if (RELATIVE.matcher(rest).matches()) {
            return new Relative(branch, steps(rest, spec));
        }
        return symbol(branch, rest, spec);
    }

    private static Target symbol(String branch, String s, String spec) {
        Matcher m = FROM_REVISION.matcher(s);
        if (m.matches()) {
            return new FromRevision(branch, m.group(1), steps(m.group(2), spec));
        }
        return new Named(branch, s);
    }

    private static int steps(String signed, String spec) {
        try {
            return Integer.parseInt(signed);
        } catch (NumberFormatException e) {
            throw new InvalidTargetException("'" + spec + "' asks for too many steps");
        }
    }
}
