package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.script.Checksums;
import dev.retort.script.RetortVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Compiled models kept between runs, as compiled revisions are: {@code <cache>/models-<hash>/}, where the hash
 * covers every source's path and bytes, the extra classpath (each entry's path, size and time) and Retort's
 * version. The same models cost a class load on the next {@code check} or autogenerate, not a compile; any edit,
 * added or removed file gives another hash, so a stale entry is never used.
 */
final class ModelCompileCache {
    private final Path cacheDir;

    ModelCompileCache(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The directory holding the compiled classes of {@code sources}, compiling them first when they are new. */
    Path classes(Path root, List<Path> sources, List<Path> classpath, List<Path> compileClasspath, String what) {
        Path target = cacheDir.resolve("models-" + key(root, sources, classpath));
        if (Files.isDirectory(target)) {
            return target;
        }
        Path work = null;
        try {
            Files.createDirectories(cacheDir);
            work = Files.createTempDirectory(cacheDir, "compiling-models-");
            dev.retort.script.JavaSourceCompiler.compile(sources, work, compileClasspath);
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(target)) {   // another runner moved the same entry in first: use that
                    throw e;
                }
            }
            return target;
        } catch (IOException e) {
            throw new RetortException("cannot write compiled " + what + " to " + cacheDir + ": " + e.getMessage(), e);
        } finally {
            InProcessCompiler.deleteTree(work);
        }
    }

    private static String key(Path root, List<Path> sources, List<Path> classpath) {
        try {
            ByteArrayOutputStream keyed = new ByteArrayOutputStream();
            for (Path source : sources) {
                keyed.write(root.relativize(source).toString().getBytes(StandardCharsets.UTF_8));
                keyed.write(0);
                keyed.write(Files.readAllBytes(source));
                keyed.write(0);
            }
            for (Path entry : classpath) {
                String stamp = entry.toString();
                if (Files.exists(entry)) {
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                    stamp += "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
                }
                keyed.write(stamp.getBytes(StandardCharsets.UTF_8));
                keyed.write(0);
            }
            keyed.write(RetortVersion.get().getBytes(StandardCharsets.UTF_8));
            return Checksums.of(keyed.toByteArray());
        } catch (IOException e) {
            throw new RetortException("cannot read the models to compile: " + e.getMessage(), e);
        }
    }
}
