package dev.retort.script;

import dev.retort.error.RetortException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes new revision files: an empty template, or a body that autogenerate rendered. */
public final class RevisionWriter {
    static final String JAVA_IMPORTS = """
            import dev.retort.ops.*;
            import dev.retort.schema.*;

            import static dev.retort.ops.Dsl.*;
            import static dev.retort.schema.Types.*;
            """;

    private RevisionWriter() {
    }

    /**
     * A Java revision's source.
     *
     * @param upgradeBody   statements for {@code upgrade}, indented by 8 spaces, or empty
     * @param downgradeBody statements for {@code downgrade}, indented by 8 spaces, or empty
     */
    public static String javaSource(NewRevision revision, String upgradeBody, String downgradeBody) {
        return javaSource(revision, true, upgradeBody, downgradeBody);
    }

    /**
     * A Java revision's source; {@code inTransaction} false adds the header line {@code // Transaction: none}
     * ({@link TransactionHeader}), so the runtime runs it statement by statement.
     */
    public static String javaSource(NewRevision revision, boolean inTransaction, String upgradeBody,
                                    String downgradeBody) {
        String header = revision.header(ScriptFormat.JAVA) + (inTransaction ? ""
                : ScriptFormat.JAVA.commentPrefix() + " " + TransactionHeader.KEY + ": " + TransactionHeader.NONE + "\n");
        return header + "\n" + JAVA_IMPORTS + "\n"
                + "class " + revision.className() + " implements Migration {\n"
                + "    @Override\n"
                + "    public void upgrade(Ops op) {\n" + upgradeBody
                + "    }\n\n"
                + "    @Override\n"
                + "    public void downgrade(Ops op) {\n" + downgradeBody
                + "    }\n"
                + "}\n";
    }

    /** A SQL revision's source: the header and both empty sections. */
    public static String sqlSource(NewRevision revision) {
        return revision.header(ScriptFormat.SQL) + "\n"
                + SqlMigration.UPGRADE_MARKER + "\n\n"
                + SqlMigration.DOWNGRADE_MARKER + "\n\n";
    }

    /** Writes the file; refuses to overwrite one. Returns its path. */
    public static Path write(Path versionsDir, NewRevision revision, ScriptFormat format, String source) {
        Path file = versionsDir.resolve(revision.fileName(format));
        try {
            Files.createDirectories(versionsDir);
            Files.writeString(file, source, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new RetortException(file + ": already exists; choose another --rev-id or message");
        } catch (IOException e) {
            throw new RetortException(file + ": cannot write: " + e.getMessage());
        }
        return file;
    }
}
