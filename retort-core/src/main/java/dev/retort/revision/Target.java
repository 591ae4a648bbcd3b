package dev.retort.revision;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed upgrade/downgrade target or revision spec. Parsing only; meaning is given by Resolver and Planner. */
sealed interface Target {
    Pattern RELATIVE = Pattern.compile("[+-]\\d+");
    Pattern FROM_REVISION = Pattern.compile("(.+)([+-]\\d+)");
    Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    /** Before the first revision. */
    record Base() implements Target {}

    /** The single head of the graph. */
    record Head() implements Target {}

    /** Every head of the graph. */
    record Heads() implements Target {}

    /** {@code LABEL@head}: the single head built on the named revision. */
    record BranchHead(String branch) implements Target {}

    /** {@code +N}, {@code -N} (branch null) or {@code LABEL@+N}, {@code LABEL@-N}: steps from the database's state. */
    record Relative(String branch, int steps) implements Target {}

    /** {@code REV+N}, {@code REV-N}: the revision N steps along the line from REV. */
    record FromRevision(String revision, int steps) implements Target {}

    /** A full id, a unique id prefix or a branch label. */
    record Named(String spec) implements Target {}

    /**
     * @param isName whether a spec is exactly an id or a label; such a name wins over reading it as
     *               REV-N, so a label like {@code release-2} keeps working
     */
    static Target parse(String spec, Predicate<String> isName) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidTargetException("the target is empty; give a revision, head, heads, base, +N or -N");
        }
        String s = spec.trim();
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
        if (at >= 0) {
            String branch = s.substring(0, at);
            String rest = s.substring(at + 1);
            if (branch.isEmpty()) {
                throw new InvalidTargetException("'" + spec + "' names no branch before '@'; write LABEL@head, LABEL@+N or LABEL@-N");
            }
            if (rest.equals("head")) {
                return new BranchHead(branch);
            }
            if (RELATIVE.matcher(rest).matches()) {
                return new Relative(branch, steps(rest, spec));
            }
            throw new InvalidTargetException("'" + spec + "' is not a target; after '@' write head, +N or -N");
        }
        if (!isName.test(s)) {
            Matcher m = FROM_REVISION.matcher(s);
            if (m.matches()) {
                return new FromRevision(m.group(1), steps(m.group(2), spec));
            }
        }
        return new Named(s);
    }

    private static int steps(String signed, String spec) {
        try {
            return Integer.parseInt(signed);
        } catch (NumberFormatException e) {
            throw new InvalidTargetException("'" + spec + "' asks for too many steps");
        }
    }
}
