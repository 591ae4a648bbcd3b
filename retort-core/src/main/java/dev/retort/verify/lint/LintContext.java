package dev.retort.verify.lint;

import dev.retort.revision.RevisionGraph;
import dev.retort.script.ScriptDirectory;
import dev.retort.spi.LockProfile;

/** What every rule may look at besides the revision in hand. */
record LintContext(ScriptDirectory scripts, DatabaseFacts database, LockProfile locks) {
    RevisionGraph graph() {
        return scripts.graph();
    }
}
