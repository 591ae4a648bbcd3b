package dev.retort.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Turns the parts of a target into revisions: ids, prefixes, labels, {@code LABEL@REV}, {@code head},
 * {@code LABEL@head} and walks of N steps. Where Alembic resolves a part, this resolves it the same way:
 * exact id, then label, then unique prefix; a branch is a label or a revision, and a revision is "on" a
 * branch when it is an ancestor or a descendant of the branch's revision through parents.
 */
final class Resolver {
    /** The walk position before every root: base. */
    static final int BASE = -1;

    private final GraphIndex g;

    Resolver(GraphIndex g) {
        this.g = g;
    }

    boolean isName(String spec) {
        return g.byId.containsKey(spec) || g.byLabel.containsKey(spec);
    }

    Target parse(String spec) {
        return Target.parse(spec, this::isName);
    }

    /** One revision for verbs that need one (show, stamp, --head, the start of a --sql range). */
    int resolve(String spec) {
        Target t = parse(spec);
        String shown = spec.trim();
        if (t instanceof Target.Base) {
            throw new InvalidTargetException("'" + shown + "' is the state before the first revision, not a revision");
        }
        if (t instanceof Target.Relative rel) {
            throw new InvalidTargetException("'" + shown + "' is relative to the database's state;"
                    + " use it with upgrade or downgrade, or write REV" + (rel.steps() < 0 ? "-N" : "+N"));
        }
        if (t instanceof Target.Heads h) {
            List<Integer> heads = h.branch() == null ? ints(g.heads) : branchHeads(h.branch(), shown);
            if (heads.size() != 1) {
                throw heads.isEmpty() ? UnknownRevisionException.noRevisions(shown)
                        : MultipleHeadsException.forHead(shown, g.ids(heads));
            }
            return heads.get(0);
        }
        if (t instanceof Target.FromRevision fr) {
            int node = walkFrom(fr, shown);
            if (node == BASE) {
                throw new InvalidTargetException("'" + shown + "' reaches base, the state before the first revision,"
                        + " which is not a revision");
            }
            return node;
        }
        return single(t, shown);
    }

    /** One revision from a target that names one: Head, BranchHead or Named. */
    int single(Target t, String shown) {
        if (t instanceof Target.Head) {
            return singleHead(shown);
        }
        if (t instanceof Target.BranchHead bh) {
            return branchHead(bh.branch(), shown);
        }
        if (t instanceof Target.Named n) {
            return named(n.branch(), n.spec());
        }
        throw new IllegalArgumentException("not a single-revision target: " + t);
    }

    int singleHead(String shown) {
        if (g.heads.length == 0) {
            throw UnknownRevisionException.noRevisions(shown);
        }
        if (g.heads.length > 1) {
            throw MultipleHeadsException.forHead(shown, g.ids(g.heads));
        }
        return g.heads[0];
    }

    /** The single head that descends, through parents, from the branch's revision (or is it). */
    int branchHead(String branch, String shown) {
        List<Integer> heads = branchHeads(branch, shown);
        if (heads.size() > 1) {
            throw MultipleHeadsException.onBranch(shown, branch, g.ids(heads));
        }
        return heads.get(0);
    }

    List<Integer> branchHeads(String branch, String shown) {
        return g.maximal(g.descendantsByParent(branchNode(branch, shown)));
    }

    /** A branch: its label, or a revision given by id or prefix (so {@code REV@head} works as in Alembic). */
    int branchNode(String branch, String shown) {
        Integer labelled = g.byLabel.get(branch);
        if (labelled != null) {
            return labelled;
        }
        Integer exact = g.byId.get(branch);
        if (exact != null) {
            return exact;
        }
        List<String> matches = Prefixes.matching(g.sortedIds, branch);
        if (matches.size() == 1) {
            return g.byId.get(matches.get(0));
        }
        if (matches.size() > 1) {
            throw AmbiguousRevisionException.prefix(branch, matches);
        }
        throw UnknownRevisionException.noSuchBranch(branch, shown);
    }

    /** Revisions on the branch of {@code node}: its ancestors and descendants through parents, and itself. */
    BitSet lineage(int node) {
        BitSet out = g.ancestorsByParent(node);
        out.or(g.descendantsByParent(node));
        return out;
    }

    /** Exact id, then branch label, then unique id prefix; with a branch, only revisions on that branch. */
    int named(String branch, String spec) {
        BitSet on = branch == null ? null : lineage(branchNode(branch, branch + "@" + spec));
        Integer exact = g.byId.get(spec);
        if (exact == null) {
            exact = g.byLabel.get(spec);
        }
        if (exact != null) {
            if (on != null && !on.get(exact)) {
                throw new NotOnBranchException(g.id(exact), branch);
            }
            return exact;
        }
        List<String> matches = Prefixes.matching(g.sortedIds, spec);
        if (on != null) {
            matches = matches.stream().filter(id -> on.get(g.byId.get(id))).toList();
        }
        if (matches.isEmpty()) {
            throw g.size() == 0 ? UnknownRevisionException.noRevisions(spec)
                    : UnknownRevisionException.noSuch(branch == null ? spec : branch + "@" + spec);
        }
        if (matches.size() > 1) {
            throw AmbiguousRevisionException.prefix(spec, matches);
        }
        return g.byId.get(matches.get(0));
    }

    /**
     * The start of a walk named by a symbol: {@code head}, {@code base}, {@code heads} (when there is one)
     * or a revision, looked up on {@code branch} when one is given.
     */
    int symbol(String branch, String symbol, String shown) {
        switch (symbol) {
            case "head":
                return branch == null ? singleHead(shown) : branchHead(branch, shown);
            case "base":
                return BASE;
            case "heads":
                if (g.realHeads.length != 1) {
                    throw MultipleHeadsException.forHead(shown, g.ids(g.realHeads));
                }
                return g.realHeads[0];
            default:
                return named(branch, symbol);
        }
    }

    /**
     * {@code [LABEL@]SYMBOL+N} and {@code [LABEL@]SYMBOL-N}. As in Alembic, going down starts from the symbol
     * looked up on the branch and follows parents; going up starts from the symbol itself and follows only the
     * children on the branch.
     */
    int walkFrom(Target.FromRevision fr, String shown) {
        if (fr.steps() < 0) {
            return walk(symbol(fr.branch(), fr.revision(), shown), fr.steps(), null, shown);
        }
        Integer on = fr.branch() == null ? null : branchNode(fr.branch(), shown);
        return walk(symbol(null, fr.revision(), shown), fr.steps(), on, shown);
    }

    /**
     * Follows the only child (steps > 0) or the only parent (steps < 0) |steps| times. Below a root is
     * base, a position of its own, as in Alembic: {@code ROOT-1} is base. Going up from base starts at the
     * roots. A branch, when given, keeps only the children on that branch.
     */
    int walk(int from, int steps, Integer branch, String shown) {
        int[] reached = walkAsFarAs(from, steps, branch, shown);
        if (reached[1] < Math.abs(steps)) {
            throw overwalk(from, steps, reached[1], reached[0], shown);
        }
        return reached[0];
    }

    /**
     * The walk of {@link #walk}, stopping early where the line ends instead of failing.
     *
     * @return the node reached (or {@link #BASE}) and how many steps were taken
     */
    int[] walkAsFarAs(int from, int steps, Integer branch, String shown) {
        BitSet on = branch == null ? null : lineage(branch);
        int node = from;
        int done = 0;
        for (; done < Math.abs(steps); done++) {
            int[] next = steps > 0 ? up(node, on) : down(node);
            if (next.length == 0) {
                break;
            }
            if (next.length > 1) {
                throw steps > 0 ? AmbiguousRevisionException.branchPoint(shown, name(node), g.ids(next))
                        : AmbiguousRevisionException.mergePoint(shown, name(node), g.ids(next));
            }
            node = next[0];
        }
        return new int[]{node, done};
    }

    private int[] up(int node, BitSet on) {
        int[] candidates = node == BASE ? g.bases : g.children[node];
        if (on == null) {
            return candidates;
        }
        return ints(ints(candidates).stream().filter(on::get).toList());
    }

    private int[] down(int node) {
        if (node == BASE) {
            return new int[0];
        }
        return g.parents[node].length == 0 ? new int[]{BASE} : g.parents[node];
    }

    private RelativeTargetOutOfRangeException overwalk(int from, int steps, int done, int at, String shown) {
        // Base is a step of the walk but not a revision, so it is not counted as one.
        int revisions = done - (at == BASE && from != BASE ? 1 : 0);
        return new RelativeTargetOutOfRangeException("'" + shown + "' goes past the "
                + (steps > 0 ? "last" : "first") + " revision: " + name(from) + " has only " + revisions
                + (revisions == 1 ? " revision " : " revisions ") + (steps > 0 ? "after" : "before") + " it");
    }

    String name(int node) {
        return node == BASE ? "base" : g.id(node);
    }

    static List<Integer> ints(int[] nodes) {
        List<Integer> out = new ArrayList<>(nodes.length);
        for (int n : nodes) {
            out.add(n);
        }
        return out;
    }

    static int[] ints(List<Integer> nodes) {
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }
}
