package dev.retort.cli.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A temporary Retort project on a SQLite file, driven through the real jar. */
public final class Project {
    private final Path dir;

    private Project(Path dir) {
        this.dir = dir;
    }

    /** {@code retort init} in {@code dir}. */
    public static Project init(Path dir) {
        Project project = new Project(dir);
        project.ok("init");
        return project;
    }

    /** An existing project directory (e.g. a copy of one), without running {@code init}. */
    public static Project at(Path dir) {
        return new Project(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path database() {
        return dir.resolve("db.sqlite3");
    }

    public Path versions() {
        return dir.resolve("migrations/versions");
    }

    public RetortProcess.Result run(String... args) {
        return RetortProcess.run(dir, Map.of(), args);
    }

    /** Runs and insists on exit 0. */
    public RetortProcess.Result ok(String... args) {
        RetortProcess.Result result = run(args);
        assertEquals(0, result.exitCode(), () -> "retort " + String.join(" ", args) + " failed:\n" + result);
        return result;
    }

    /** Runs and insists on the given exit code. */
    public RetortProcess.Result fails(int exitCode, String... args) {
        RetortProcess.Result result = run(args);
        assertEquals(exitCode, result.exitCode(), () -> "retort " + String.join(" ", args) + ":\n" + result);
        return result;
    }

    /** Writes a Java revision with the given upgrade and downgrade statements. */
    public Path revision(String id, String parents, String message, String upgrade, String downgrade) {
        String source = "// Revision: " + id + "\n"
                + "// Revises: " + parents + "\n"
                + "// Create-Date: 2026-11-24T10:00:00Z\n"
                + "// Message: " + message + "\n\n"
                + "import dev.retort.ops.*;\nimport dev.retort.schema.*;\n"
                + "import static dev.retort.ops.Dsl.*;\nimport static dev.retort.schema.Types.*;\n\n"
                + "class Revision_" + id + " implements Migration {\n"
                + "    public void upgrade(Ops op) {\n        " + upgrade + "\n    }\n"
                + "    public void downgrade(Ops op) {\n        " + downgrade + "\n    }\n}\n";
        return write(id + "_" + message.replaceAll("[^a-z0-9]+", "_") + ".java", source);
    }

    public Path write(String fileName, String content) {
        try {
            Files.createDirectories(versions());
            Path file = versions().resolve(fileName);
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Revision files whose name contains {@code part}. */
    public List<Path> files(String part) {
        try (Stream<Path> files = Files.list(versions())) {
            return files.filter(f -> f.getFileName().toString().contains(part)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Edits a revision file's upgrade and downgrade bodies (for files `retort revision` wrote). */
    public void fillIn(Path file, String upgrade, String downgrade) {
        try {
            String source = Files.readString(file);
            source = source.replace("public void upgrade(Ops op) {\n", "public void upgrade(Ops op) {\n        " + upgrade + "\n");
            source = source.replace("public void downgrade(Ops op) {\n", "public void downgrade(Ops op) {\n        " + downgrade + "\n");
            Files.writeString(file, source);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query on the project's database, each row's columns joined by '|'. */
    public List<String> query(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public List<String> tables() {
        return query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    }

    public List<String> versionRows() {
        return query("SELECT version_num FROM retort_version ORDER BY version_num");
    }
}
