package dev.retort.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The revision graph: which revision revises (parents) or needs (depends-on) which, heads and bases, target
 * resolution and upgrade/downgrade plans. Pure: it knows nothing of files or databases; the version rows a
 * database holds come in as ids. Built once and immutable; every walk is iterative and linear.
 *
 * <p>Order: parents and depends-on targets before the revisions that need them; among revisions free to go
 * in either order, the older create date first, then the smaller id.
 */
public final class RevisionGraph {
    private final GraphIndex g;
    private final Resolver resolver;
    private final Planner planner;
    private final List<Revision> topological;

    private RevisionGraph(GraphIndex g) {
        this.g = g;
        this.resolver = new Resolver(g);
        this.planner = new Planner(g, resolver);
        this.topological = List.of(g.revisions);
    }

    /**
     * @throws DuplicateRevisionException     two revisions with one id
     * @throws UnknownRevisionException       a parent or depends-on that is not in the collection
     * @throws DuplicateBranchLabelException  a label on two revisions, or equal to an id
     * @throws InvalidBranchLabelException    a label that would read as a target (head, a@b, +1)
     * @throws CycleException                 revisions that revise or depend on each other in a loop
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        return new RevisionGraph(GraphBuilder.build(revisions));
    }

    /** How many revisions the graph holds. */
    public int size() {
        return g.size();
    }

    /** The revision with this full id, if the graph has it. */
    public Optional<Revision> find(String fullId) {
        int i = g.find(fullId);
        return i < 0 ? Optional.empty() : Optional.of(g.revisions[i]);
    }

    /** The revision with this full id; an {@link UnknownRevisionException} when there is none. */
    public Revision get(String fullId) {
        return g.revisions[g.require(fullId)];
    }

    /** Every revision, each after all of its parents and dependencies (oldest first). */
    public List<Revision> topological() {
        return topological;
    }

    /** Revisions no revision revises (depends-on does not count), in topological order. */
    public List<String> heads() {
        return g.ids(g.heads);
    }

    /** Revisions without parents, in topological order. */
    public List<String> bases() {
        return g.ids(g.bases);
    }

    /** Revisions that revise {@code id}, in topological order. */
    public List<String> children(String id) {
        return g.ids(g.children[g.require(id)]);
    }

    /** Whether more than one revision revises {@code id}: the start of parallel work. */
    public boolean isBranchPoint(String id) {
        return g.children[g.require(id)].length > 1;
    }

    /** Revisions with more than one child, in topological order: what `retort branches` lists. */
    public List<String> branchPoints() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (g.children[i].length > 1) {
                out.add(g.id(i));
            }
        }
        return out;
    }

    /** Revisions that list {@code id} in Depends-On, in topological order. */
    public List<String> dependents(String id) {
        return g.ids(g.dependents[g.require(id)]);
    }

    /** Ancestors through parents and depends-on, without {@code id}, in topological order. */
    public Set<String> ancestors(String id) {
        int i = g.require(id);
        BitSet set = g.closeDown(g.single(i));
        set.clear(i);
        return g.idSet(set);
    }

    /** Descendants through parents and depends-on, without {@code id}, in topological order. */
    public Set<String> descendants(String id) {
        int i = g.require(id);
        BitSet set = g.closeUp(g.single(i));
        set.clear(i);
        return g.idSet(set);
    }

    /** Whether {@code ancestor} is {@code id} or one of its ancestors. */
    public boolean isAncestorOrSelf(String ancestor, String id) {
        int a = g.require(ancestor);
        int d = g.require(id);
        return g.reaches(d, a);
    }

    /** The branch labels and the revision each is on. */
    public Map<String, String> branchLabels() {
        Map<String, String> out = new TreeMap<>();
        g.byLabel.forEach((label, node) -> out.put(label, g.id(node)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * One revision id from a full id, a unique prefix, a branch label, {@code LABEL@REV}, {@code LABEL@head},
     * {@code REV@head}, {@code head}, {@code heads} (when there is one), or any of these followed by {@code +N}
     * or {@code -N} (N steps along the line; a branch or merge on the way is ambiguous).
     */
    public String resolve(String spec) {
        return g.id(resolver.resolve(spec));
    }

    /** Whether {@code spec} is exactly a revision id or a branch label (not a prefix, not a target form). */
    public boolean isName(String spec) {
        return resolver.isName(spec);
    }

    /** The version rows and all their ancestors, in topological order. */
    public Set<String> appliedSet(Collection<String> versionRows) {
        return g.idSet(planner.applied(versionRows));
    }

    /** The members of {@code appliedSet} that no other member revises (parents only), in topological order. */
    public List<String> headsOf(Collection<String> appliedSet) {
        Objects.requireNonNull(appliedSet, "appliedSet");
        return g.ids(g.maximal(g.nodes(appliedSet)));
    }

    /** The database's state given its version rows; steps of a plan move it forward with {@link AppliedState#after}. */
    public AppliedState state(Collection<String> versionRows) {
        return new AppliedState(g, planner.rows(versionRows));
    }

    /**
     * The version rows that record exactly {@code appliedSet}: its members that nothing else in it revises or
     * depends on, so a revision applied because another depends on it is not a row of its own (as in Alembic).
     */
    public List<String> versionRowsOf(Collection<String> appliedSet) {
        Objects.requireNonNull(appliedSet, "appliedSet");
        BitSet set = g.nodes(appliedSet);
        BitSet below = new BitSet(g.size());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            for (int p : g.parents[i]) {
                below.set(p);
            }
            for (int d : g.dependsOn[i]) {
                below.set(d);
            }
        }
        below = g.closeDown(below);
        set.andNot(below);
        return g.ids(set);
    }

    /**
     * Steps that bring a database at {@code versionRows} up to {@code target}: every ancestor-or-self of the
     * target not yet applied, in topological order. Targets: head, heads, base, an id, prefix or label, and
     * {@code LABEL@}/{@code REV@} forms of them; {@code +N} (N steps up the graph from the database's head),
     * {@code LABEL@+N}, {@code REV+N}, {@code REV-N}, {@code LABEL@head-N}, {@code base+N}.
     */
    public Plan upgradePlan(Collection<String> versionRows, String target) {
        return planner.upgrade(versionRows, target);
    }

    /**
     * Steps that take a database at {@code versionRows} down to {@code target}, newest first: the applied
     * revisions that descend through Revises from the target's children, with what depends on them (a
     * revision that only depends on the target stays). Targets: base, {@code LABEL@base}, -N (N steps down
     * Revises from the database's head), {@code LABEL@-N}, an id, prefix or label, {@code REV-N}, {@code REV+N},
     * {@code LABEL@head-N}.
     */
    public Plan downgradePlan(Collection<String> versionRows, String target) {
        return planner.downgrade(versionRows, target);
    }

    /**
     * For {@code history -r A:B}: descendants of {@code from} and ancestors of {@code to}, both inclusive,
     * newest first. Null ends are open; {@code base} opens the start, {@code head} and {@code heads} the end.
     */
    public List<Revision> range(String from, String to) {
        return planner.range(from, to);
    }

    @Override
    public String toString() {
        return "RevisionGraph(" + size() + " revisions, heads " + heads() + ")";
    }
}
