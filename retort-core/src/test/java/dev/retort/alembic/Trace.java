package dev.retort.alembic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --sql} script reduced to what the comparison is about: the revisions run, in order, each with the
 * version rows after it (the start rows replayed through the script's INSERT, UPDATE and DELETE of the
 * version table). Both tools' spellings are read: {@code alembic_version} and {@code retort_version}.
 */
record Trace(List<Step> steps) {

    /** One revision run, and the version rows once its writes are done. */
    record Step(String revision, boolean up, TreeSet<String> rowsAfter) {
        @Override
        public String toString() {
            return (up ? "+" : "-") + revision + " " + rowsAfter;
        }
    }

    private static final String TABLE = "(?:alembic|retort)_version";
    private static final String COLUMN = "(?:alembic_version\\.)?version_num";
    private static final Pattern MARKER = Pattern.compile("SELECT '(up|down) ([a-z0-9_]+)';");
    private static final Pattern INSERT = Pattern.compile(
            "INSERT INTO " + TABLE + " \\(version_num\\) VALUES \\('([^']+)'\\);");
    private static final Pattern UPDATE = Pattern.compile(
            "UPDATE " + TABLE + " SET version_num ?= ?'([^']+)' WHERE " + COLUMN + " = '([^']+)';");
    private static final Pattern DELETE = Pattern.compile(
            "DELETE FROM " + TABLE + " WHERE " + COLUMN + " = '([^']+)';");

    /**
     * @throws IllegalStateException when a write does not fit the rows (an UPDATE or DELETE of a row that is
     *                               not there, an INSERT of one that is): a script no database could run
     */
    static Trace read(String sql, Collection<String> startRows) {
        TreeSet<String> rows = new TreeSet<>(startRows);
        List<Step> steps = new ArrayList<>();
        String revision = null;
        boolean up = true;
        for (String raw : sql.split("\n")) {
            String line = raw.strip();
            Matcher m;
            if ((m = MARKER.matcher(line)).matches()) {
                flush(steps, revision, up, rows);
                up = m.group(1).equals("up");
                revision = m.group(2);
            } else if ((m = INSERT.matcher(line)).matches()) {
                require(rows.add(m.group(1)), "INSERT of row " + m.group(1) + ", which is there already", rows);
            } else if ((m = UPDATE.matcher(line)).matches()) {
                require(rows.remove(m.group(2)), "UPDATE of row " + m.group(2) + ", which is not there", rows);
                require(rows.add(m.group(1)), "UPDATE to row " + m.group(1) + ", which is there already", rows);
            } else if ((m = DELETE.matcher(line)).matches()) {
                require(rows.remove(m.group(1)), "DELETE of row " + m.group(1) + ", which is not there", rows);
            } else if (line.matches("(INSERT INTO|UPDATE|DELETE FROM) " + TABLE + " .*")) {
                throw new IllegalStateException("a version-table statement the harness cannot read: " + line);
            }
        }
        flush(steps, revision, up, rows);
        return new Trace(List.copyOf(steps));
    }

    private static void flush(List<Step> steps, String revision, boolean up, TreeSet<String> rows) {
        if (revision != null) {
            steps.add(new Step(revision, up, new TreeSet<>(rows)));
        }
    }

    private static void require(boolean ok, String what, TreeSet<String> rows) {
        if (!ok) {
            throw new IllegalStateException(what + " (rows then: " + rows + ")");
        }
    }

    /**
     * The differences between this trace (Retort's) and Alembic's, empty when they agree. The same revisions
     * must run the same way. Where the graph leaves their order free, Alembic takes it from the directory
     * listing and a merge's parent order, so the order itself is not compared; the rows are compared at every
     * point where both have run the same set of revisions, which is after every step when the orders agree.
     */
    List<String> differencesFrom(Trace alembic) {
        List<String> out = new ArrayList<>();
        List<String> mine = steps.stream().map(s -> (s.up() ? "+" : "-") + s.revision()).sorted().toList();
        List<String> theirs = alembic.steps.stream().map(s -> (s.up() ? "+" : "-") + s.revision()).sorted().toList();
        if (!mine.equals(theirs)) {
            out.add("different revisions run: retort " + mine + ", alembic " + theirs);
            return out;
        }
        TreeSet<String> seenMine = new TreeSet<>();
        TreeSet<String> seenTheirs = new TreeSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Step a = steps.get(i);
            Step b = alembic.steps.get(i);
            seenMine.add(a.revision());
            seenTheirs.add(b.revision());
            if (seenMine.equals(seenTheirs) && !a.rowsAfter().equals(b.rowsAfter())) {
                out.add("after " + seenMine + " the rows differ: retort " + a.rowsAfter() + ", alembic " + b.rowsAfter());
            }
        }
        return out;
    }
}
