package dev.retort.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Kahn's algorithm with a heap keyed by create-date rank, so the order is deterministic and the sort is
 * O((n + e) log n). When nodes are left over they lie on or behind a cycle, which is then walked to report it.
 */
final class Topology {

    private Topology() {
    }

    /**
     * @param before before[i] = the nodes that must come before i (parents and depends-on), without repeats
     * @param rank   tie-break rank of each node; distinct
     * @param ids    ids, for reporting a cycle
     * @return the nodes in order
     */
    static int[] sort(int[][] before, int[] rank, List<String> ids) {
        int n = before.length;
        int[] waiting = new int[n];
        int[][] after = invert(before);
        int[] byRank = new int[n];
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            byRank[rank[i]] = i;
            waiting[i] = before[i].length;
            if (waiting[i] == 0) {
                ready.add(rank[i]);
            }
        }
        int[] order = new int[n];
        int done = 0;
        while (!ready.isEmpty()) {
            int node = byRank[ready.poll()];
            order[done++] = node;
            for (int next : after[node]) {
                if (--waiting[next] == 0) {
                    ready.add(rank[next]);
                }
            }
        }
        if (done < n) {
            throw new CycleException(findCycle(before, waiting, ids));
        }
        return order;
    }

    static int[][] invert(int[][] edges) {
        int n = edges.length;
        int[] count = new int[n];
        for (int[] targets : edges) {
            for (int t : targets) {
                count[t]++;
            }
        }
        int[][] inverse = new int[n][];
        for (int i = 0; i < n; i++) {
            inverse[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int t : edges[i]) {
                inverse[t][count[t]++] = i;
            }
        }
        return inverse;
    }

    /**
     * Every node still waiting has a predecessor that is also waiting, so following such predecessors
     * must come back to a node already seen. Starting from the smallest id and always taking the smallest
     * waiting predecessor keeps the report stable.
     */
    private static List<String> findCycle(int[][] before, int[] waiting, List<String> ids) {
        int start = -1;
        for (int i = 0; i < waiting.length; i++) {
            if (waiting[i] > 0 && (start < 0 || ids.get(i).compareTo(ids.get(start)) < 0)) {
                start = i;
            }
        }
        Map<Integer, Integer> seenAt = new HashMap<>();
        List<Integer> path = new ArrayList<>();
        int node = start;
        while (!seenAt.containsKey(node)) {
            seenAt.put(node, path.size());
            path.add(node);
            int next = -1;
            for (int p : before[node]) {
                if (waiting[p] > 0 && (next < 0 || ids.get(p).compareTo(ids.get(next)) < 0)) {
                    next = p;
                }
            }
            node = next;
        }
        List<Integer> loop = new ArrayList<>(path.subList(seenAt.get(node), path.size()));
        int smallest = 0;
        for (int k = 1; k < loop.size(); k++) {
            if (ids.get(loop.get(k)).compareTo(ids.get(loop.get(smallest))) < 0) {
                smallest = k;
            }
        }
        Collections.rotate(loop, -smallest);
        List<String> cycle = new ArrayList<>();
        for (int k : loop) {
            cycle.add(ids.get(k));
        }
        cycle.add(cycle.get(0));
        return cycle;
    }
}
