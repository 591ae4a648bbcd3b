package dev.retort.verify.lint;

import dev.retort.script.HeadsFile;

import java.util.List;

/**
 * Guide tip 5, caught at git-merge time: {@code versions/HEADS} lists the heads, so two branches that
 * each add a revision conflict on it. A file that disagrees with the revision files means a merge was
 * resolved by hand, or a revision added without retort.
 */
final class HeadsFileRule implements LintRule {
    static final Rule RULE = new Rule("R009", "heads-file-mismatch",
            "versions/HEADS does not list the heads the revision files make",
            "merge parallel heads with `retort merge heads -m \"merge heads\"`, or rewrite the file with `retort heads --write`");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public void checkProject(LintContext context, List<Finding> out) {
        HeadsFile.compare(context.scripts().versionsDir(), context.graph().heads()).ifPresent(mismatch ->
                out.add(new Finding(mismatch.file(), 1, Severity.ERROR, RULE, mismatch.problem(), null)));
    }
}
