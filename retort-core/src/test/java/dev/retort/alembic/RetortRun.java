package dev.retort.alembic;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scenario as a Retort project ({@code .sql} revisions with headers, the same markers as the Alembic
 * files), run through {@code Retort.upgradeSql}/{@code downgradeSql}, which is what {@code --sql} calls.
 */
final class RetortRun {

    /** What Retort printed, or that it refused. */
    record Result(boolean ok, String sql, String error) {}

    private RetortRun() {
    }

    static Result run(Scenario s, Path dir) throws IOException {
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        int minute = 0;
        for (Scenario.Rev r : s.revisions()) {
            // Create dates follow the scenario's order, which is the order Retort breaks ties by.
            String header = String.join("\n",
                    "-- Revision: " + r.id(),
                    "-- Revises: " + String.join(", ", r.parents()),
                    "-- Depends-On: " + String.join(", ", r.dependsOn()),
                    "-- Branch-Labels: " + String.join(", ", r.labels()),
                    String.format("-- Create-Date: 2026-01-01T00:%02d:00Z", minute++),
                    "-- Message: step " + r.id(),
                    "",
                    "-- retort:upgrade",
                    "SELECT 'up " + r.id() + "';",
                    "-- retort:downgrade",
                    "SELECT 'down " + r.id() + "';", "");
            Files.writeString(versions.resolve(r.id() + "_step.sql"), header, StandardCharsets.UTF_8);
        }
        RetortConfig config = RetortConfig.builder().projectDir(dir).scriptLocation(dir.resolve("migrations"))
                .url("jdbc:sqlite:" + dir.resolve("db.sqlite3")).build();
        Retort retort = Retort.open(config);
        String from = s.start().isEmpty() ? "base" : String.join(",", s.start());
        try {
            String sql = s.isUpgrade()
                    ? retort.upgradeSql(s.start().isEmpty() ? s.target() : from + ":" + s.target())
                    : retort.downgradeSql(from + ":" + s.target());
            return new Result(true, sql, "");
        } catch (RetortException e) {
            return new Result(false, "", e.getMessage());
        }
    }
}
