package dev.retort.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of the revision graph: every scenario of {@code scenarios.txt} runs as {@code --sql} in
 * Alembic (the oracle: Alembic is right by definition) and in Retort, and both must run the same revisions,
 * write the same version rows, or both refuse. Skipped with a message when {@code /usr/bin/python3} cannot
 * import alembic ({@code apt-get install python3-alembic}); under CI=true a missing oracle is a failure.
 */
class AlembicOracleTest {
    private static final String SCENARIOS = "/dev/retort/alembic/scenarios.txt";

    @TempDir
    static Path work;

    @BeforeAll
    static void oracle() {
        if (AlembicRun.available()) {
            return;
        }
        String why = AlembicRun.PYTHON + " cannot import alembic; install it with"
                + " `apt-get install -y python3-alembic` (it installs for /usr/bin/python3, not a pyenv python)";
        if ("true".equals(System.getenv("CI"))) {
            fail("the Alembic oracle is missing on CI: " + why);
        }
        Assumptions.abort("skipping the Alembic differential scenarios: " + why);
    }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        List<Scenario> all = Scenario.load(SCENARIOS);
        assertTrue(all.size() >= 40, "at least 40 scenarios, found " + all.size());
        Set<String> names = new HashSet<>();
        for (Scenario s : all) {
            assertTrue(names.add(s.name()), "two scenarios are named " + s.name());
        }
        return all.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
    }

    private static void check(Scenario s) throws Exception {
        Path dir = Files.createDirectories(work.resolve(s.name()));
        AlembicRun.Result alembic = AlembicRun.run(s, dir.resolve("alembic"));
        RetortRun.Result retort = RetortRun.run(s, dir.resolve("retort"));
        String both = "\n--- alembic ---\n" + (alembic.ok() ? alembic.sql() : alembic.error())
                + "\n--- retort ---\n" + (retort.ok() ? retort.sql() : retort.error());
        assertEquals(s.expectOk(), alembic.ok(), s + ": the scenario says " + (s.expectOk() ? "ok" : "refused")
                + " but Alembic " + (alembic.ok() ? "ran it" : "refused it") + both);
        if (!alembic.ok()) {
            assertTrue(!retort.ok(), s + ": Alembic refuses, Retort runs it" + both);
            return;
        }
        assertTrue(retort.ok(), s + ": Alembic runs it, Retort refuses: " + retort.error() + both);
        Trace theirs = Trace.read(alembic.sql(), s.start());
        Trace mine;
        try {
            mine = Trace.read(retort.sql(), s.start());
        } catch (IllegalStateException e) {
            throw new AssertionError(s + ": Retort's script cannot run: " + e.getMessage() + both, e);
        }
        List<String> differences = mine.differencesFrom(theirs);
        assertTrue(differences.isEmpty(), s + ": " + String.join("; ", differences)
                + "\nretort:  " + mine.steps() + "\nalembic: " + theirs.steps() + both);
        checkOrder(s, mine);
    }

    /** Retort's own order must be one a database can follow: what a revision needs runs before it, and after going down. */
    private static void checkOrder(Scenario s, Trace trace) {
        Map<String, Scenario.Rev> byId = new HashMap<>();
        s.revisions().forEach(r -> byId.put(r.id(), r));
        Set<String> done = new HashSet<>();
        for (Trace.Step step : trace.steps()) {
            Scenario.Rev r = byId.get(step.revision());
            for (Scenario.Rev other : s.revisions()) {
                boolean needs = r.parents().contains(other.id()) || r.dependsOn().contains(other.id())
                        || other.labels().stream().anyMatch(r.dependsOn()::contains);
                boolean needed = other.parents().contains(r.id()) || other.dependsOn().contains(r.id())
                        || r.labels().stream().anyMatch(other.dependsOn()::contains);
                if (step.up() && needs && trace.steps().stream().anyMatch(t -> t.revision().equals(other.id()))) {
                    assertTrue(done.contains(other.id()), s + ": Retort runs " + r.id() + " before " + other.id());
                }
                if (!step.up() && needed && trace.steps().stream().anyMatch(t -> t.revision().equals(other.id()))) {
                    assertTrue(done.contains(other.id()), s + ": Retort undoes " + r.id() + " before " + other.id());
                }
            }
            done.add(r.id());
        }
    }
}
