package dev.retort.verify.lint;

import java.nio.file.Path;
import java.util.List;

/** Guide tip 5: parallel work leaves several heads, and "upgrade head" cannot choose between them. */
final class MultipleHeadsRule implements LintRule {
    static final Rule RULE = new Rule("R001", "multiple-heads",
            "more than one revision has nothing built on it, so `upgrade head` cannot choose",
            "merge them with `retort merge heads -m \"merge ...\"` (or rebase one onto the other)");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkProject(LintContext context, List<Finding> out) {
        List<String> heads = context.graph().heads();
        if (heads.size() < 2) {
            return;
        }
        for (String head : heads) {
            Path file = context.scripts().script(head).file();
            List<String> others = heads.stream().filter(h -> !h.equals(head)).toList();
            out.add(new Finding(file, 1, Severity.ERROR, RULE, heads.size() + " heads: " + head
                    + " (this file) and " + String.join(", ", others), head));
        }
    }
}
