package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {

    private static final List<String> IDS = List.of("n0", "n1", "n2", "n3");

    @Test
    void predecessorsFirstAndReadyNodesByRank() {
        // n3 first among roots by rank; n1 needs n0 and n2.
        int[][] before = {{}, {0, 2}, {}, {}};
        int[] rank = {1, 3, 2, 0};
        assertArrayEquals(new int[] {3, 0, 2, 1}, Topology.sort(before, rank, IDS));
    }

    @Test
    void rankDoesNotOverrideAnEdge() {
        int[][] before = {{1}, {}, {0}, {2}};
        int[] rank = {0, 3, 1, 2};
        assertArrayEquals(new int[] {1, 0, 2, 3}, Topology.sort(before, rank, IDS));
    }

    @Test
    void cycleIsReportedFromItsSmallestId() {
        int[][] before = {{}, {0, 3}, {1}, {2}};
        CycleException e = assertThrows(CycleException.class, () -> Topology.sort(before, new int[] {0, 1, 2, 3}, IDS));
        assertEquals(List.of("n1", "n3", "n2", "n1"), e.cycle());
    }

    @Test
    void invert() {
        int[][] edges = {{}, {0}, {0, 1}};
        int[][] inverse = Topology.invert(edges);
        assertArrayEquals(new int[] {1, 2}, inverse[0]);
        assertArrayEquals(new int[] {2}, inverse[1]);
        assertArrayEquals(new int[] {}, inverse[2]);
    }
}
