package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sets that ancestors(), descendants() and appliedSet() return. */
class IdSetTest {

    private final RevisionGraph g = Revs.branchAndMerge();

    @Test
    void containsSizeAndTopologicalIteration() {
        Set<String> set = g.ancestors("m");
        assertEquals(5, set.size());
        assertTrue(set.contains("d"));
        assertFalse(set.contains("m"));
        assertFalse(set.contains("nope"));
        assertFalse(set.contains(42));
        assertEquals(List.of("a", "b", "c", "d", "e"), new ArrayList<>(set));
    }

    @Test
    void equalsAndHashCodeAgreeWithOtherSets() {
        Set<String> set = g.ancestors("e");
        assertEquals(Set.of("a", "b", "c"), set);
        assertEquals(set, Set.of("c", "b", "a"));
        assertEquals(Set.of("a", "b", "c").hashCode(), set.hashCode());
        assertEquals(Set.of(), g.ancestors("a"));
    }

    @Test
    void immutableEvenWhenEmpty() {
        assertThrows(UnsupportedOperationException.class, () -> g.ancestors("a").clear());
        assertThrows(UnsupportedOperationException.class, () -> g.ancestors("m").add("x"));
        assertThrows(UnsupportedOperationException.class, () -> g.ancestors("m").remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> g.ancestors("m").removeIf(id -> true));
        assertThrows(UnsupportedOperationException.class, () -> g.ancestors("m").retainAll(List.of()));
        assertThrows(UnsupportedOperationException.class, () -> g.ancestors("m").removeAll(List.of("a")));
        Iterator<String> it = g.ancestors("b").iterator();
        assertEquals("a", it.next());
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void appliedSetFeedsHeadsOfWithoutCopying() {
        Set<String> applied = g.appliedSet(List.of("e", "d"));
        assertEquals(List.of("d", "e"), g.headsOf(applied));
        RevisionGraph other = Revs.branchAndMerge();
        assertEquals(List.of("d", "e"), other.headsOf(applied));
    }
}
