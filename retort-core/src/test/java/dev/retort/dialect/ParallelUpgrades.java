package dev.retort.dialect;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Several runners, each with its own connection, start {@code upgrade head} at the same moment. */
public final class ParallelUpgrades {
    private ParallelUpgrades() {
    }

    /** Runs the race and returns how many steps were applied over all runners; a runner's failure is thrown. */
    public static int race(RetortConfig config, int runners) throws Exception {
        Retort.open(config).heads(); // reading the graph once is not part of the race
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> applied = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                applied.add(pool.submit(() -> {
                    start.await();
                    return Retort.open(config).upgrade("head").steps().size();
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> runner : applied) {
                total += runner.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }
}
