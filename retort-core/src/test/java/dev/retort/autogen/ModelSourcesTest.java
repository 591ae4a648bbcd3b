package dev.retort.autogen;

import dev.retort.error.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelSourcesTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryIsReadAsJpaEntities() throws IOException {
        JpaModelSourceTest.writePlatform(dir.resolve("models"));
        ModelSource source = ModelSources.fromPath(dir.resolve("models"));
        assertInstanceOf(JpaModelSource.class, source);
        assertEquals(3, source.load().tables().size());
    }

    @Test
    void otherPathsAreRefusedWithTheChoices() throws IOException {
        Path text = Files.writeString(dir.resolve("models.txt"), "users");
        RetortException wrongKind = assertThrows(RetortException.class, () -> ModelSources.fromPath(text));
        assertEquals("models path " + text + " is neither a directory, a .java file nor a .sql file; point `models`"
                + " in retort.toml at one of those", wrongKind.getMessage());
        RetortException missing = assertThrows(RetortException.class, () -> ModelSources.fromPath(dir.resolve("nope")));
        assertEquals("models path " + dir.resolve("nope") + " does not exist; set `models` in retort.toml to a directory"
                + " of JPA entities, a SchemaModel .java file or a schema .sql file", missing.getMessage());
    }

    @Test
    void anEmptyModelsDirectorySaysWhereToPointIt() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        RetortException e = assertThrows(RetortException.class, () -> ModelSources.fromPath(empty).load());
        assertEquals("models directory " + empty + " has no .java files; point `models` in retort.toml at your entity sources",
                e.getMessage());
    }
}
