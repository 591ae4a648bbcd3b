package dev.retort.verify.lint;

import dev.retort.error.RetortException;
import dev.retort.revision.Revision;
import dev.retort.script.MigrationLoader;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.spi.LockProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code retort lint}: records what each revision asks for, without a database, and runs every rule over
 * it. Only the NOT NULL rule asks the database, and only when one is reachable; the locking rules ask the
 * dialect's {@link LockProfile}.
 */
public final class Linter {
    private final ScriptDirectory scripts;
    private final RevisionRecorder recorder;
    private final DatabaseFacts database;
    private final LockProfile locks;

    /**
     * @param dialect the dialect revisions are recorded for (what {@code op.dialect()} answers)
     * @param locks   what schema changes do to the application's queries on that dialect, for the locking rules
     */
    public Linter(ScriptDirectory scripts, MigrationLoader loader, String dialect, LockProfile locks,
                  DatabaseFacts database) {
        this.scripts = scripts;
        this.recorder = new RevisionRecorder(loader, dialect);
        this.locks = locks;
        this.database = database;
    }

    /** Lints the named revisions (ids, prefixes, labels, {@code head}), or all of them when none is named. */
    public LintReport lint(List<String> revisions) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String spec : revisions) {
            chosen.add(scripts.graph().resolve(spec));
        }
        LintContext context = new LintContext(scripts, database, locks);
        List<Finding> findings = new ArrayList<>();
        Rules.all().forEach(rule -> rule.checkProject(context, findings));
        int linted = 0;
        for (Revision revision : scripts.graph().topological()) {
            if (!chosen.isEmpty() && !chosen.contains(revision.id())) {
                continue;
            }
            linted++;
            RevisionScript script = scripts.script(revision.id());
            RecordedRevision recorded;
            try {
                recorded = recorder.record(script);
            } catch (RetortException e) {
                findings.add(unloadable(script, e));
                continue;
            }
            List<Finding> own = new ArrayList<>();
            for (LintRule rule : Rules.all()) {
                rule.checkRevision(recorded, context, own);
            }
            own.sort(Comparator.comparingInt(Finding::line));
            findings.addAll(own);
        }
        return new LintReport(findings, linted, database.available() ? database.description() : null);
    }

    /** The loader's message starts with the file and often a line; keep the line, drop the repeated file. */
    private static Finding unloadable(RevisionScript script, RetortException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int line = 1;
        String prefix = script.file().toString();
        if (message.startsWith(prefix)) {
            Matcher m = Pattern.compile("^:(\\d+): (.*)$", Pattern.DOTALL).matcher(message.substring(prefix.length()));
            if (m.matches()) {
                line = Integer.parseInt(m.group(1));
                message = m.group(2);
            } else if (message.startsWith(prefix + ": ")) {
                message = message.substring(prefix.length() + 2);
            }
        }
        return new Finding(script.file(), line, Severity.ERROR, Rules.UNLOADABLE, message.lines().findFirst().orElse(""),
                script.id());
    }
}
