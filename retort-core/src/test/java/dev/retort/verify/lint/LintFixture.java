package dev.retort.verify.lint;

import dev.retort.script.MigrationLoader;
import dev.retort.script.ScriptDirectory;
import dev.retort.spi.Dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A versions folder in a temporary directory, revision files written into it, and lint run over it. */
final class LintFixture {
    private final Path versions;
    private final Path cache;

    LintFixture(Path dir) {
        this.versions = dir.resolve("versions");
        this.cache = dir.resolve(".retort-cache");
    }

    /** A Java revision; {@code upgrade} and {@code downgrade} are method bodies, one statement a line. */
    Path java(String id, String parents, String message, String upgrade, String downgrade) {
        String source = "// Revision: " + id + "\n"
                + "// Revises: " + parents + "\n"
                + "// Create-Date: 2026-11-24T10:00:00Z\n"
                + "// Message: " + message + "\n\n"
                + "import dev.retort.ops.*;\nimport dev.retort.schema.*;\n"
                + "import static dev.retort.ops.Dsl.*;\nimport static dev.retort.schema.Types.*;\n\n"
                + "class Revision_" + id + " implements Migration {\n"
                + "    public void upgrade(Ops op) {\n" + indent(upgrade) + "    }\n\n"
                + "    public void downgrade(Ops op) {\n" + indent(downgrade) + "    }\n}\n";
        return write(id + ".java", source);
    }

    /** A Java revision whose header also says {@code // Transaction: none}. */
    Path javaWithoutTransaction(String id, String parents, String message, String upgrade, String downgrade) {
        Path file = java(id, parents, message, upgrade, downgrade);
        return withHeaderLine(file, "// Transaction: none");
    }

    /** A SQL revision whose header also says {@code -- Transaction: none}. */
    Path sqlWithoutTransaction(String id, String parents, String message, String upgrade, String downgrade) {
        Path file = sql(id, parents, message, upgrade, downgrade);
        return withHeaderLine(file, "-- Transaction: none");
    }

    private static Path withHeaderLine(Path file, String line) {
        try {
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
            lines.add(2, line);
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SQL revision; a null {@code downgrade} leaves the downgrade marker out. */
    Path sql(String id, String parents, String message, String upgrade, String downgrade) {
        String source = "-- Revision: " + id + "\n-- Revises: " + parents + "\n-- Message: " + message + "\n\n"
                + "-- retort:upgrade\n" + upgrade + "\n\n"
                + (downgrade == null ? "" : "-- retort:downgrade\n" + downgrade + "\n");
        return write(id + ".sql", source);
    }

    LintReport lint(DatabaseFacts database, String... revisions) {
        return new Linter(ScriptDirectory.load(versions), new MigrationLoader(cache), "sqlite", dev.retort.spi.LockProfile.NONE, database)
                .lint(List.of(revisions));
    }

    /** Lints everything as a project configured for {@code dialect} would be, without a database. */
    List<Finding> findings(Rule rule, Dialect dialect) {
        return of(rule, new Linter(ScriptDirectory.load(versions), new MigrationLoader(cache), dialect.name(),
                dialect.locks(), DatabaseFacts.NONE).lint(List.of()));
    }

    /** Findings of one rule, linting everything without a database. */
    List<Finding> findings(Rule rule) {
        return of(rule, lint(DatabaseFacts.NONE));
    }

    static List<Finding> of(Rule rule, LintReport report) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The line of the file holding {@code text}, 1-based. */
    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private Path write(String name, String source) {
        try {
            Files.createDirectories(versions);
            return Files.writeString(versions.resolve(name), source);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String indent(String body) {
        StringBuilder out = new StringBuilder();
        body.lines().forEach(l -> out.append("        ").append(l).append('\n'));
        return out.toString();
    }
}
