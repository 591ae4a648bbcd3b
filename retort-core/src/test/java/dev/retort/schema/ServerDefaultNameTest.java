package dev.retort.schema;

import dev.retort.ops.ColumnChange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static dev.retort.schema.Types.INTEGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server default has one name in the DSL: {@code serverDefault}, for a new column and for a changed one. */
class ServerDefaultNameTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void newAndChangedColumnsSetTheirDefaultWithTheSameName() {
        Column added = column("n", INTEGER).serverDefault("0");
        ColumnChange changed = change().serverDefault("0");
        assertEquals(added.serverDefault(), changed.serverDefault());
    }

    @Test
    void theOldColumnNameStillCompilesButIsDeprecated() throws Exception {
        assertTrue(Column.class.getMethod("defaultValue", String.class).isAnnotationPresent(Deprecated.class));
        @SuppressWarnings("deprecation")
        Column old = column("n", INTEGER).defaultValue("1");
        assertEquals("1", old.serverDefault());
    }

    @Test
    void examplesAndDocsUseOnlyTheOneName() throws IOException {
        List<String> old;
        try (Stream<Path> files = Stream.concat(Files.walk(REPOSITORY.resolve("examples")),
                Files.walk(REPOSITORY.resolve("docs")))) {
            old = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".md"))
                    .filter(f -> read(f).contains(".defaultValue("))
                    .map(f -> REPOSITORY.relativize(f).toString()).toList();
        }
        assertEquals(List.of(), old, "files still writing .defaultValue(...)");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
