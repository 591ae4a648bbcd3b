package dev.retort.script;

import dev.retort.ops.Migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A revision the build already compiled: its source was copied beside the index and a Java revision's classes
 * lie in {@code classes/<id>/}. Running it needs no compiler and writes nothing, so it works on a JRE, from a
 * jar, in a read-only folder.
 */
public final class Precompiled {
    /** Where a revision's classes are, below the root: one folder per revision, so class names never clash. */
    static final String CLASSES = "classes/";

    private final ResourceRoot root;
    private final RevisionIndex.Entry entry;

    Precompiled(ResourceRoot root, RevisionIndex.Entry entry) {
        this.root = root;
        this.entry = entry;
    }

    /** The SHA-256 of the revision's source as the build recorded it: what the command line computes from the file. */
    public String checksum() {
        return entry.sha256();
    }

    /** How messages name the source, e.g. {@code classpath:db/retort/versions/3f2a9c1b7d4e_add.java}. */
    public String location() {
        return root.describe(entry.file());
    }

    /** The copied source, byte for byte. */
    public byte[] source() {
        try {
            return root.read(entry.file());
        } catch (IOException e) {
            throw new ScriptException(root.pathOf(entry.file()), 0, "cannot read: " + e.getMessage());
        }
    }

    /** The runnable revision: the SQL parsed from the copied source, or an instance of the compiled class. */
    Migration migration() {
        if (entry.className() == null) {
            return SqlMigration.parse(new String(source(), StandardCharsets.UTF_8), root.pathOf(entry.file()));
        }
        RevisionClassLoader loader = new RevisionClassLoader(root, CLASSES + entry.revision().id() + "/");
        Class<?> type;
        try {
            // Not initialized here: a static initializer that throws is the revision's failure, told by create.
            type = Class.forName(entry.className(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ScriptException(root.pathOf(entry.file()), 0, "cannot load its compiled class "
                    + entry.className() + " (" + e.getMessage() + "); rebuild the revisions (compile-revisions)");
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new ScriptException(root.pathOf(entry.file()), 0, entry.className()
                    + " does not implement Migration; rebuild the revisions (compile-revisions)");
        }
        return MigrationLoader.create(type, root.pathOf(entry.file()), entry.revision().id());
    }

    /**
     * Defines one revision's classes from its folder under the root. Retort's own classes (and the application's)
     * come from the parent, so the revision sees the same {@code Migration} and {@code Ops} the runner uses.
     */
    private static final class RevisionClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final ResourceRoot root;
        private final String folder;

        RevisionClassLoader(ResourceRoot root, String folder) {
            super("retort-revision", root.parentLoader());
            this.root = root;
            this.folder = folder;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            String resource = folder + name.replace('.', '/') + ".class";
            try (InputStream in = root.open(resource)) {
                if (in == null) {
                    throw new ClassNotFoundException(name + " (no " + root.describe(resource) + ")");
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name + ": " + e.getMessage(), e);
            }
        }
    }
}
