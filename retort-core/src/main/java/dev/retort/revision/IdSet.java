package dev.retort.revision;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * An immutable set of revision ids backed by a BitSet over the graph's topological numbering. Iterates in
 * topological order; {@code contains} is a lookup, not a scan. Building one costs no string hashing, so
 * ancestors() and descendants() stay cheap when a caller asks for them in a loop.
 */
final class IdSet extends AbstractSet<String> {
    private final GraphIndex g;
    private final BitSet bits;
    private final int size;

    IdSet(GraphIndex g, BitSet bits) {
        this.g = g;
        this.bits = bits;
        this.size = bits.cardinality();
    }

    /** The bits when {@code ids} is an IdSet of the same graph, else null. */
    static BitSet bitsOf(Object ids, GraphIndex g) {
        return ids instanceof IdSet set && set.g == g ? set.bits : null;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String id)) {
            return false;
        }
        int i = g.find(id);
        return i >= 0 && bits.get(i);
    }

    @Override
    public int size() {
        return size;
    }

    // Refused even when they would change nothing, as List.of and Set.of do.
    @Override
    public void clear() {
        throw new UnsupportedOperationException("revision id sets are immutable");
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException("revision id sets are immutable");
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException("revision id sets are immutable");
    }

    @Override
    public boolean removeIf(Predicate<? super String> filter) {
        throw new UnsupportedOperationException("revision id sets are immutable");
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = bits.nextSetBit(0);

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public String next() {
                if (next < 0) {
                    throw new NoSuchElementException();
                }
                String id = g.id(next);
                next = bits.nextSetBit(next + 1);
                return id;
            }
        };
    }
}
