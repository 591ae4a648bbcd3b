package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every verb's {@code --json} output parses, and has the shape {@code docs/json.md} documents: the page's commands
 * run in order on a fresh copy of the example project, and each printed document is compared, key by key and type
 * by type, with the one on the page.
 */
class JsonShapesIT {
    /** The verbs that report state; each must be on the page. */
    private static final Set<String> VERBS = Set.of("current", "heads", "upgrade", "downgrade", "check", "stamp",
            "test", "lint", "history");

    @TempDir
    Path temp;

    @Test
    void everyVerbsJsonHasItsDocumentedShape() throws Exception {
        Path docs = Path.of("../docs").toAbsolutePath().normalize();
        Path project = temp.resolve("platform");
        Files.createDirectories(project);
        PlatformDatabase.copyProject(docs.resolveSibling("examples/platform"), project);
        List<String> covered = new ArrayList<>();
        DocPage page = DocPage.read(docs.resolve("json.md"));
        List<String> lines = Files.readAllLines(page.file());
        for (DocPage.Step step : page.steps()) {
            if (!(step instanceof DocPage.Command command) || !command.program().equals("retort")) {
                continue;
            }
            RetortProcess.Result result = RetortProcess.run(project, command.env(), command.args().toArray(String[]::new));
            assertEquals(command.expectedExit(), result.exitCode(), () -> page.where(step) + ": " + result);
            if (!command.args().contains("--json")) {
                continue;
            }
            covered.add(command.args().get(0));
            Object actual = JsonValue.parse(result.out());
            // The document is the first line the page shows; a failing check adds its message (stderr) after it.
            Object documented = JsonValue.parse(lines.get(command.outputFrom()));
            compare(page.where(step) + " " + command.args().get(0), documented, actual);
        }
        assertTrue(covered.containsAll(VERBS), "docs/json.md shows every verb's JSON; it lacks "
                + VERBS.stream().filter(v -> !covered.contains(v)).toList());
    }

    /** The same keys and kinds; a documented null stands for a string that may be absent. */
    @SuppressWarnings("unchecked")
    private static void compare(String path, Object documented, Object actual) {
        String want = JsonValue.kind(documented);
        String got = JsonValue.kind(actual);
        if (want.equals("null")) {
            if (!got.equals("null") && !got.equals("string")) {
                fail(path + ": documented as string or null, printed " + got);
            }
            return;
        }
        assertEquals(want, got, path + ": documented as " + want + ", printed " + got);
        if (documented instanceof Map<?, ?> wantMap) {
            Map<String, Object> gotMap = (Map<String, Object>) actual;
            assertEquals(List.copyOf(wantMap.keySet()), List.copyOf(gotMap.keySet()), path + ": keys");
            for (Map.Entry<?, ?> entry : wantMap.entrySet()) {
                compare(path + "." + entry.getKey(), entry.getValue(), gotMap.get(entry.getKey()));
            }
        } else if (documented instanceof List<?> wantList && !wantList.isEmpty()) {
            for (Object item : (List<Object>) actual) {
                compare(path + "[]", wantList.get(0), item);
            }
        }
    }
}
