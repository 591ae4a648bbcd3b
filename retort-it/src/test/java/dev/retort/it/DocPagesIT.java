package dev.retort.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Maven plugin's and the Spring Boot starter's pages, built and run as a reader would: every file they show is
 * saved, every {@code mvn}, {@code java} and {@code retort} command runs in a fresh project, exits as the page
 * says, and prints the lines the page shows. So the pom.xml fragments and application.properties cannot drift.
 */
class DocPagesIT {
    private static final Path DOCS = Path.of(System.getProperty("docs.dir", "../docs")).toAbsolutePath().normalize();

    @TempDir
    Path temp;

    static void runPage(String page, Path project) throws Exception {
        Files.createDirectories(project);
        for (DocScript.Step step : DocScript.read(DOCS.resolve(page))) {
            if (step instanceof DocScript.Write write) {
                Path file = project.resolve(write.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, write.content(), StandardCharsets.UTF_8);
            } else if (step instanceof DocScript.Run run) {
                Maven.Result result = Commands.run(project, run.program(), run.args());
                String where = page + ":" + run.line() + ": `" + run.program() + " " + String.join(" ", run.args()) + "`";
                assertEquals(run.exit(), result.exitCode(), () -> where + " exited " + result.exitCode() + "\n" + result);
                String missing = DocScript.missing(run.output(), result.output());
                assertNull(missing, () -> where + " did not print the page's line '" + missing + "'\n" + result);
            }
        }
    }

    @Test
    void theMavenPluginPageBuildsAndRunsAndItsJarNeedsNeitherACompilerNorAWritableFolder() throws Exception {
        Path project = temp.resolve("inventory");
        runPage("maven-plugin.md", project);

        // The JRE the page runs on: the modules it names hold no compiler.
        Maven.Result modules = Commands.exec(project, List.of(Commands.java(), "--limit-modules",
                "java.se,jdk.unsupported", "--list-modules"));
        assertFalse(modules.output().contains("jdk.compiler"), modules::toString);

        // From a read-only working directory, on a database elsewhere: nothing is written where it runs.
        Path readOnly = Files.createDirectories(temp.resolve("read-only"));
        Path data = Files.createDirectories(temp.resolve("data"));
        Path jar = project.resolve("target/inventory-1.0.jar");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Maven.Result run = Commands.exec(readOnly, List.of(Commands.java(), "--limit-modules", "java.se,jdk.unsupported",
                "-jar", jar.toString(), "jdbc:sqlite:" + data.resolve("shop.db")));
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.output().contains("Migrated 2 revision(s): database at 2b3c4d5e6f1a"), run::toString);
        try (Stream<Path> left = Files.list(readOnly)) {
            assertEquals(List.of(), left.toList(), "the application wrote nothing in its working directory");
        }

        // The command line, on the source folder, agrees, and finds no changed checksum.
        Maven.Result current = Commands.run(project, "retort", List.of("current", "--json", "--url",
                "jdbc:sqlite:" + data.resolve("shop.db")));
        assertEquals(0, current.exitCode(), current::toString);
        assertTrue(current.output().contains("\"at_heads\": true"), current::toString);
        assertTrue(current.output().contains("\"edited\": []"), current::toString);

        // A revision that does not compile fails the build, naming file and line.
        Files.writeString(project.resolve("migrations/versions/3c4d5e6f1a2b_broken.java"), """
                // Revision: 3c4d5e6f1a2b
                // Revises: 2b3c4d5e6f1a
                // Message: broken

                import dev.retort.ops.*;

                class Broken implements Migration {
                    public void upgrade(Ops op) { op.dropTable(7); }
                    public void downgrade(Ops op) { }
                }
                """);
        Maven.Result broken = Maven.run(project, List.of("-q", "process-classes"), java.util.Map.of());
        assertEquals(1, broken.exitCode(), broken::toString);
        assertTrue(broken.output().contains("migrations/versions/3c4d5e6f1a2b_broken.java:8: compile error: "),
                broken::toString);
    }

    @Test
    void theSpringBootPageBuildsAFatJarThatMigratesBeforeJpa() throws Exception {
        runPage("spring-boot.md", temp.resolve("library"));
    }
}
