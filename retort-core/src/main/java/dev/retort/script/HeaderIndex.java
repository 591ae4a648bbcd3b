package dev.retort.script;

import dev.retort.revision.Revision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers of a {@code versions/} folder as last read, with each file's checksums, kept in
 * {@code <cache>/revision-headers}, so a read-only verb on thousands of revisions lists the folder and compares
 * each file's name, size and modification time instead of opening every file. An entry whose file differs in any of those is read again; so is one modified
 * within the last seconds before the index was written (a same-size edit in the same clock tick would look
 * unchanged), and the whole index is dropped when it is unreadable or from another Retort version. Headers that
 * do not parse are never indexed: their error is reported from the file each time.
 */
final class HeaderIndex {
    private static final String FILE = "revision-headers";
    /** Entries of files modified this close to the index's writing are not kept (nanoseconds). */
    private static final long SETTLED_NANOS = 2_000_000_000L;
    private static final String NULL = "\\N";

    private record Entry(long size, long modified, RevisionScript script, KnownChecksums.Sums sums) {
    }

    private final Path indexFile;
    private final Path versionsDir;
    /** The folder as {@link KnownChecksums} keys its files, worked out once rather than per file. */
    private final Path absoluteDir;
    private final Map<String, Entry> entries;
    private final Map<String, Entry> seen = new HashMap<>();
    private boolean changed;

    private HeaderIndex(Path indexFile, Path versionsDir, Map<String, Entry> entries) {
        this.indexFile = indexFile;
        this.versionsDir = versionsDir;
        this.absoluteDir = versionsDir.toAbsolutePath().normalize();
        this.entries = entries;
    }

    /** The index in {@code cacheDir}; empty when there is none yet or it cannot be used. */
    static HeaderIndex in(Path cacheDir, Path versionsDir) {
        Path file = cacheDir.resolve(FILE);
        Map<String, Entry> entries = new HashMap<>();
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (!lines.isEmpty() && lines.get(0).equals(header(versionsDir))) {
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split("\t", -1);
                    Path path = versionsDir.resolve(unescape(f[0]));
                    Revision revision = new Revision(unescape(f[5]), list(f[6]), list(f[7]), list(f[8]),
                            unescape(f[9]), unescape(f[10]));
                    long size = Long.parseLong(f[1]);
                    long modified = Long.parseLong(f[2]);
                    entries.put(unescape(f[0]), new Entry(size, modified,
                            new RevisionScript(revision, path, ScriptFormat.valueOf(f[3]), Integer.parseInt(f[4])),
                            new KnownChecksums.Sums(size, modified, f[11], f[12])));
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();   // an unreadable index is only a slower read
        }
        return new HeaderIndex(file, versionsDir, entries);
    }

    /**
     * The header of {@code file}: from the index when the file is as it was, else read from the file; null when
     * {@code file} is not a regular file (a folder named like a revision).
     */
    RevisionScript read(Path file) {
        String name = file.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return HeaderReader.read(file);
        }
        if (!attributes.isRegularFile()) {
            return null;
        }
        long size = attributes.size();
        long modified = KnownChecksums.nanos(attributes);
        Entry entry = entries.get(name);
        if (entry == null || entry.size() != size || entry.modified() != modified) {
            RevisionScript script = HeaderReader.read(file);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                return script;
            }
            if (bytes.length != size) {
                return script;   // changing as we read: nothing to remember
            }
            entry = new Entry(size, modified, script, KnownChecksums.sum(bytes, size, modified));
            changed = true;
        }
        seen.put(name, entry);
        KnownChecksums.remember(absoluteDir.resolve(name), entry.sums());
        return entry.script();
    }

    /** Writes the index when anything was read from a file or a file went away; a failure is ignored. */
    void save() {
        if (!changed && seen.size() == entries.size()) {
            return;
        }
        long settled = System.currentTimeMillis() * 1_000_000L - SETTLED_NANOS;
        StringBuilder text = new StringBuilder(header(versionsDir)).append('\n');
        for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(seen).entrySet()) {
            Entry entry = e.getValue();
            if (entry.modified() > settled) {
                continue;
            }
            Revision r = entry.script().revision();
            text.append(String.join("\t", escape(e.getKey()), Long.toString(entry.size()), Long.toString(entry.modified()),
                    entry.script().format().name(), Integer.toString(entry.script().revisesLine()), escape(r.id()),
                    join(r.parents()), join(r.dependsOn()), join(r.branchLabels()), escape(r.message()),
                    escape(r.createDate()), entry.sums().lf(), entry.sums().raw())).append('\n');
        }
        try {
            Files.createDirectories(indexFile.getParent());
            Path partial = Files.createTempFile(indexFile.getParent(), FILE, ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, indexFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // a read-only project just reads its headers each time
        }
    }

    /** The first line: the format, Retort's version and the folder, so an index is never read for another. */
    private static String header(Path versionsDir) {
        return "retort revision headers 2\t" + RetortVersion.get() + "\t"
                + escape(versionsDir.toAbsolutePath().normalize().toString());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? "" : escape(String.join(",", values));
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : List.copyOf(Arrays.asList(unescape(field).split(",")));
    }

    private static String escape(String value) {
        return value == null ? NULL : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        if (value.equals(NULL)) {
            return null;
        }
        if (value.indexOf('\\') < 0) {
            return value;   // most fields: nothing escaped
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The files the index in {@code cacheDir} holds headers of. */
    static List<String> names(Path cacheDir, Path versionsDir) {
        return new ArrayList<>(new java.util.TreeSet<>(in(cacheDir, versionsDir).entries.keySet()));
    }
}
