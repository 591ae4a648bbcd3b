package dev.retort.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a sample project of {@code src/it/}, with {@code @retort.version@} filled in, to build in a test. */
final class SampleProject {
    private SampleProject() {
    }

    static Path copy(String name, Path into) throws IOException {
        Path source = Path.of("src/it", name).toAbsolutePath();
        Path target = into.resolve(name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    String text = Files.readString(path, StandardCharsets.UTF_8);
                    Files.writeString(copy, text.replace("@retort.version@", Maven.RETORT_VERSION), StandardCharsets.UTF_8);
                }
            }
        }
        return target;
    }
}
