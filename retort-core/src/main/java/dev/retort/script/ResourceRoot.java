package dev.retort.script;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where compiled revisions are read from: a folder on disk, or a prefix on a class loader. Everything is
 * opened by name through the index, never by listing, because a jar inside a Spring Boot fat jar (or any
 * class loader that is not a plain folder) cannot be listed portably.
 */
public abstract sealed class ResourceRoot permits ResourceRoot.Folder, ResourceRoot.OnClassLoader {

    /** The index's name inside a root. */
    public static final String INDEX = "retort.index";

    private ResourceRoot() {
    }

    /** A folder on disk that holds {@link #INDEX} and what it names. */
    public static ResourceRoot folder(Path dir) {
        return new Folder(dir.toAbsolutePath().normalize());
    }

    /**
     * A location on a class loader, e.g. {@code db/retort} for {@code classpath:db/retort}.
     *
     * @param loader the loader to read through; the revisions' classes are defined as its children
     */
    public static ResourceRoot classpath(ClassLoader loader, String prefix) {
        String clean = prefix.replaceAll("^/+", "").replaceAll("/+$", "");
        return new OnClassLoader(Objects.requireNonNull(loader, "loader"), clean);
    }

    /** Opens {@code name} (slash-separated, relative to the root), or returns null when it is not there. */
    public abstract InputStream open(String name) throws IOException;

    /** How messages name {@code name}: {@code classpath:db/retort/versions/x.sql}, or the file's path. */
    public abstract String describe(String name);

    /**
     * A path for {@code name}: the real file when the resource is one (a folder, or classes not yet jarred),
     * else the resource's name as a relative path, which shows where it is but cannot be opened.
     */
    public abstract Path pathOf(String name);

    /** The class loader revision classes are defined under. */
    public abstract ClassLoader parentLoader();

    /** Reads the whole of {@code name}; a missing resource is an {@link IOException} naming it. */
    public byte[] read(String name) throws IOException {
        try (InputStream in = open(name)) {
            if (in == null) {
                throw new IOException(describe(name) + " is missing");
            }
            return in.readAllBytes();
        }
    }

    static final class Folder extends ResourceRoot {
        private final Path dir;

        Folder(Path dir) {
            this.dir = dir;
        }

        @Override
        public InputStream open(String name) throws IOException {
            Path file = dir.resolve(name);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }

        @Override
        public String describe(String name) {
            return dir.resolve(name).toString();
        }

        @Override
        public Path pathOf(String name) {
            return dir.resolve(name);
        }

        @Override
        public ClassLoader parentLoader() {
            return ResourceRoot.class.getClassLoader();
        }

        @Override
        public String toString() {
            return "filesystem:" + dir;
        }
    }

    static final class OnClassLoader extends ResourceRoot {
        private final ClassLoader loader;
        private final String prefix;

        OnClassLoader(ClassLoader loader, String prefix) {
            this.loader = loader;
            this.prefix = prefix;
        }

        private String resource(String name) {
            return prefix.isEmpty() ? name : prefix + "/" + name;
        }

        @Override
        public InputStream open(String name) {
            return loader.getResourceAsStream(resource(name));
        }

        @Override
        public String describe(String name) {
            return "classpath:" + resource(name);
        }

        @Override
        public Path pathOf(String name) {
            URL url = loader.getResource(resource(name));
            if (url != null && "file".equals(url.getProtocol())) {
                try {
                    return Path.of(url.toURI());
                } catch (URISyntaxException | IllegalArgumentException ignored) {
                    // not a plain file after all: fall back to the resource name
                }
            }
            return Path.of(resource(name));
        }

        @Override
        public ClassLoader parentLoader() {
            return loader;
        }

        @Override
        public String toString() {
            return "classpath:" + prefix;
        }
    }
}
