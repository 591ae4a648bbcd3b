package dev.retort.verify.lint;

import dev.retort.revision.RevisionGraph;
import dev.retort.script.ScriptDirectory;

/** What every rule may look at besides the revision in hand. */
record LintContext(ScriptDirectory scripts, DatabaseFacts database) {
    RevisionGraph graph() {
        return scripts.graph();
    }
}
