package dev.retort.cli.output;

import dev.retort.api.MigrationResult;
import dev.retort.revision.Direction;
import dev.retort.revision.Step;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code --json} objects that several verbs share, spelled once. Each verb's full shape is documented, with
 * an example, in {@code docs/json.md}, and JsonShapesIT holds the output to it.
 */
public final class JsonShapes {
    private JsonShapes() {
    }

    /** {@code {"revision": ..., "direction": "up", "message": ...}} */
    public static Map<String, Object> step(Step step) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("revision", step.revision().id());
        map.put("direction", step.direction() == Direction.UP ? "up" : "down");
        map.put("message", step.revision().message());
        return map;
    }

    /** What upgrade and downgrade print: the steps applied now, the backup, where the database is. */
    public static Map<String, Object> migration(String verb, String target, MigrationResult result,
                                                Function<Path, String> display) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("command", verb);
        map.put("target", target);
        List<Map<String, Object>> steps = result.steps().stream().map(JsonShapes::step).toList();
        map.put("steps", steps);
        map.put("backup", result.backup() == null ? null : display.apply(result.backup()));
        map.put("current", result.current());
        return map;
    }
}
