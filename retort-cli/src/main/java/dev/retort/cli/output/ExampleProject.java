package dev.retort.cli.output;

import dev.retort.error.RetortException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** The example platform (examples/platform in the repository), as bundled in the jar. */
public final class ExampleProject {
    private static final String ROOT = "/dev/retort/cli/example";

    private ExampleProject() {
    }

    /** Copies the example's files (retort.toml, models, migrations, seed) into {@code target}. */
    public static void copyTo(Path target) {
        URL marker = ExampleProject.class.getResource(ROOT + "/retort.toml");
        if (marker == null) {
            throw new RetortException("the example project is missing from this build; rebuild with `mvn package`");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath(ROOT), target);
                }
            } else {
                copyTree(Path.of(uri).getParent(), target);
            }
        } catch (IOException | URISyntaxException e) {
            throw new RetortException("cannot copy the example project to " + target + ": " + e.getMessage());
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
    }
}
