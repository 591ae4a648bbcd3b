package dev.retort.verify.lint;

import java.util.ArrayList;
import java.util.List;

/** Every lint rule, in id order. */
public final class Rules {
    /** Not one of the guide's tips: a revision lint cannot even load is reported, not thrown. */
    static final Rule UNLOADABLE = new Rule("R000", "unloadable-revision",
            "the revision file cannot be compiled or loaded, so nothing else about it can be checked",
            "fix the error the message names; `retort upgrade --sql` shows the same error");

    private static final List<LintRule> ALL = List.of(
            new MultipleHeadsRule(), new MessageRule(), new DowngradeRule(), new SchemaAndDataRule(),
            new UnrelatedTablesRule(), new DestructiveOperationRule(), new NotNullWithoutDefaultRule(),
            new LooksLikeRenameRule(), new HeadsFileRule(),
            // The locking rules: each asks the dialect's LockProfile whether it applies there.
            new IndexNotConcurrentRule(), new VolatileDefaultRule(), new TypeChangeRewriteRule(),
            new ConstraintNotValidRule(), new SetNotNullRule(), new RenameInUseRule(), new OnlineAlterClauseRule());

    private Rules() {
    }

    static List<LintRule> all() {
        return ALL;
    }

    /** What each rule is, for {@code retort lint --rules}. */
    public static List<Rule> describe() {
        List<Rule> out = new ArrayList<>();
        out.add(UNLOADABLE);
        ALL.forEach(r -> out.add(r.rule()));
        return out;
    }
}
