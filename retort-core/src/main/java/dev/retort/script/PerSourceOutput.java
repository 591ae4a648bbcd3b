package dev.retort.script;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A file manager that writes each class next to the others of the source it came from ({@code sibling}, which
 * javac passes for every class it writes), so one compiler run can fill one cache directory per revision.
 */
final class PerSourceOutput extends ForwardingJavaFileManager<JavaFileManager> {
    private final Map<URI, Path> outputByUri = new HashMap<>();

    PerSourceOutput(JavaFileManager files, Map<Path, Path> outputDirs) {
        super(files);
        outputDirs.forEach((source, dir) -> outputByUri.put(source.toAbsolutePath().normalize().toUri(), dir));
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) throws IOException {
        Path dir = sibling == null ? null : outputByUri.get(Path.of(sibling.toUri()).toAbsolutePath().normalize().toUri());
        if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS || dir == null) {
            throw new IOException("no output directory for " + className);
        }
        Path file = dir.resolve(className.replace('.', '/') + ".class");
        return new SimpleJavaFileObject(file.toUri(), kind) {
            @Override
            public OutputStream openOutputStream() throws IOException {
                Files.createDirectories(file.getParent());
                return Files.newOutputStream(file);
            }
        };
    }
}
