package dev.retort.dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes Java revision files into a project's {@code migrations/versions}, as a person would. */
public final class RevisionFiles {
    private final Path versions;

    public RevisionFiles(Path projectDir) throws IOException {
        this.versions = Files.createDirectories(projectDir.resolve("migrations/versions"));
    }

    /** A {@code .sql} revision with the given upgrade and downgrade sections. */
    public RevisionFiles sql(String id, String parent, String message, String upgrade, String downgrade) throws IOException {
        Files.writeString(versions.resolve(id + "_" + message.replace(' ', '_') + ".sql"), """
                -- Revision: %s
                -- Revises: %s
                -- Message: %s
                -- retort:upgrade
                %s
                -- retort:downgrade
                %s
                """.formatted(id, parent, message, upgrade, downgrade));
        return this;
    }

    /** A revision whose {@code upgrade} and {@code downgrade} bodies are the given Java statements. */
    public RevisionFiles java(String id, String parent, String message, String upgrade, String downgrade) throws IOException {
        Files.writeString(versions.resolve(id + "_" + message.replace(' ', '_') + ".java"), """
                // Revision: %s
                // Revises: %s
                // Message: %s

                import dev.retort.ops.*;
                import dev.retort.schema.*;
                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class Revision_%s implements Migration {
                    public void upgrade(Ops op) {
                        %s
                    }

                    public void downgrade(Ops op) {
                        %s
                    }
                }
                """.formatted(id, parent, message, id, upgrade, downgrade));
        return this;
    }
}
