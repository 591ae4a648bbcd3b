package dev.retort.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run that {@code ./retort} records a class-data-sharing archive from ({@code -XX:ArchiveClassesAtExit}):
 * the verbs people run most, on a small throw-away project with a Java and a SQL revision and JPA models, so the
 * archive holds the classes of picocli, the SQLite driver, the compiler and the autogenerate path. A later
 * {@code retort} process maps them from the archive instead of loading and verifying them again, which is most
 * of a short command's start-up. Nothing it prints is kept; it fails quietly (the launcher then runs without).
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        NativeLibraryCache.use();
        Path project = Files.createTempDirectory("retort-cds-training");
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        try {
            write(project.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                    + "url = \"jdbc:sqlite:db.sqlite3\"\nmodels = \"models\"\n[sqlite]\nforeign_keys = true\n"
                    + "backup = \"off\"\n");
            write(project.resolve("migrations/versions/aaaaaaaaaaaa_create_item.java"), """
                    // Revision: aaaaaaaaaaaa
                    // Revises:
                    // Create-Date: 2026-11-24T00:00:00Z
                    // Message: create table item

                    import dev.retort.ops.*;
                    import static dev.retort.ops.Dsl.*;
                    import static dev.retort.schema.Types.*;

                    class Revision_aaaaaaaaaaaa implements Migration {
                        public void upgrade(Ops op) {
                            op.createTable("item", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull());
                        }

                        public void downgrade(Ops op) {
                            op.dropTable("item");
                        }
                    }
                    """);
            write(project.resolve("migrations/versions/bbbbbbbbbbbb_create_tag.sql"), """
                    -- Revision: bbbbbbbbbbbb
                    -- Revises: aaaaaaaaaaaa
                    -- Create-Date: 2026-11-24T00:00:00Z
                    -- Message: create table tag

                    -- retort:upgrade
                    CREATE TABLE tag (id INTEGER NOT NULL PRIMARY KEY, item_id INTEGER REFERENCES item (id));

                    -- retort:downgrade
                    DROP TABLE tag;
                    """);
            write(project.resolve("models/app/Item.java"), """
                    package app;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "item", indexes = {@Index(name = "ix_item_name", columnList = "name")})
                    public class Item {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(length = 50, nullable = false) String name;
                        @Column(length = 20) String status;
                    }
                    """);
            String config = project.resolve("retort.toml").toString();
            String[][] runs = {{"--version"}, {"--help"}, {"heads"}, {"history"}, {"current"},
                    {"upgrade", "head", "--sql"}, {"upgrade", "head"}, {"current"}, {"check"},
                    {"revision", "--autogenerate", "-m", "training"}, {"downgrade", "base"}};
            for (String[] run : runs) {
                String[] withConfig = new String[run.length + 2];
                withConfig[0] = "-c";
                withConfig[1] = config;
                System.arraycopy(run, 0, withConfig, 2, run.length);
                Main.run(withConfig, quiet, quiet);
            }
        } finally {
            deleteTree(project);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
