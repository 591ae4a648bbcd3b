package dev.retort.script;

import dev.retort.error.RetortException;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The revision files of a project's {@code versions/} folder and the graph their headers make. Problems
 * are reported with the file that causes them, so the graph (which knows no files) is only handed
 * revisions that already refer to each other correctly.
 */
public final class ScriptDirectory {
    private final Path versionsDir;
    private final String where;
    private final Map<String, RevisionScript> byId;
    private final RevisionGraph graph;

    private ScriptDirectory(Path versionsDir, String where, Map<String, RevisionScript> byId, RevisionGraph graph) {
        this.versionsDir = versionsDir;
        this.where = where;
        this.byId = byId;
        this.graph = graph;
    }

    /** The revision source files of a {@code versions/} folder, as the command line reads them. */
    public static ScriptDirectory load(Path versionsDir) {
        return load(versionsDir, null);
    }

    /**
     * As {@link #load(Path)}, with the headers of unchanged files taken from an index in {@code cacheDir} (e.g.
     * the project's {@code .retort-cache}; null: every file is read).
     */
    public static ScriptDirectory load(Path versionsDir, Path cacheDir) {
        if (!Files.isDirectory(versionsDir)) {
            throw new RetortException(versionsDir + ": no such directory; create the project with `retort init`");
        }
        HeaderIndex index = cacheDir == null ? null : HeaderIndex.in(cacheDir, versionsDir);
        List<Path> files;
        try (Stream<Path> listing = Files.list(versionsDir)) {
            // With an index, the one stat per file is the index's own, which also tells a folder from a file.
            files = listing.filter(f -> ScriptFormat.of(f) != null && (index != null || Files.isRegularFile(f)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new RetortException(versionsDir + ": cannot list: " + e.getMessage());
        }
        List<RevisionScript> scripts = new ArrayList<>(files.size());
        for (Path file : files) {
            RevisionScript script = index == null ? HeaderReader.read(file) : index.read(file);
            if (script != null) {
                scripts.add(script);
            }
        }
        if (index != null) {
            index.save();
        }
        return of(scripts, versionsDir, versionsDir.toString());
    }

    /**
     * Revisions the build compiled (see {@link RevisionCompiler}), read from {@code root}'s index: no source is
     * opened and nothing is compiled until a revision runs.
     */
    public static ScriptDirectory loadCompiled(ResourceRoot root) {
        String where = root.describe(ResourceRoot.INDEX);
        byte[] index;
        try (java.io.InputStream in = root.open(ResourceRoot.INDEX)) {
            if (in == null) {
                throw new RetortException(where + ": not found; compile the revisions into the application with "
                        + "retort-maven-plugin's compile-revisions goal (see docs/maven-plugin.md), or point the "
                        + "location at the migrations folder with filesystem:");
            }
            index = in.readAllBytes();
        } catch (IOException e) {
            throw new RetortException(where + ": cannot read: " + e.getMessage());
        }
        List<RevisionScript> scripts = new ArrayList<>();
        for (RevisionIndex.Entry entry : RevisionIndex.parse(index, where)) {
            scripts.add(new RevisionScript(entry.revision(), root.pathOf(entry.file()), entry.format(),
                    entry.revisesLine(), new Precompiled(root, entry)));
        }
        return of(scripts, null, root.toString());
    }

    /**
     * The revisions of one or more locations, as one graph.
     *
     * @param loader the class loader {@code classpath:} locations are read through
     */
    public static ScriptDirectory load(List<ScriptLocation> locations, ClassLoader loader) {
        if (locations.isEmpty()) {
            throw new dev.retort.error.UsageException("no revision location given; e.g. classpath:db/retort");
        }
        List<ScriptDirectory> parts = new ArrayList<>();
        for (ScriptLocation location : locations) {
            parts.add(load(location, loader));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<RevisionScript> all = new ArrayList<>();
        parts.forEach(part -> all.addAll(part.scripts()));
        Path writable = parts.stream().map(ScriptDirectory::versionsDir).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        return of(all, writable, locations.toString());
    }

    private static ScriptDirectory load(ScriptLocation location, ClassLoader loader) {
        if (location.classpath()) {
            return loadCompiled(ResourceRoot.classpath(loader, location.path()));
        }
        Path folder = location.folder();
        if (Files.isRegularFile(folder.resolve(ResourceRoot.INDEX))) {
            return loadCompiled(ResourceRoot.folder(folder));
        }
        if (Files.isDirectory(folder.resolve("versions"))) {
            return load(folder.resolve("versions"));
        }
        throw new RetortException(location + ": neither a migrations folder (no versions/ in it) nor compiled "
                + "revisions (no " + ResourceRoot.INDEX + " in it)");
    }

    /**
     * Checks revisions against each other (duplicate ids, parents no file declares, cycles) and builds their graph.
     *
     * @param versionsDir the folder new revisions are written to, or null when the revisions are read-only
     * @param where       how messages name the revisions' origin
     */
    static ScriptDirectory of(List<RevisionScript> scripts, Path versionsDir, String where) {
        Map<String, RevisionScript> byId = new HashMap<>(scripts.size() * 2);
        for (RevisionScript script : scripts) {
            RevisionScript clash = byId.putIfAbsent(script.id(), script);
            if (clash != null) {
                throw new ScriptException(script.file(), 1, "revision id " + script.id() + " is also declared by "
                        + clash.file().getFileName() + "; give one of them a new id");
            }
        }
        for (RevisionScript script : byId.values()) {
            checkReferences(script, byId);
        }
        List<Revision> revisions = new ArrayList<>(byId.size());
        byId.values().forEach(s -> revisions.add(s.revision()));
        RevisionGraph graph;
        try {
            graph = RevisionGraph.of(revisions);
        } catch (RetortException e) {
            throw withFile(e, byId.values());
        }
        return new ScriptDirectory(versionsDir, where, Map.copyOf(byId), graph);
    }

    private static void checkReferences(RevisionScript script, Map<String, RevisionScript> byId) {
        Revision revision = script.revision();
        for (String parent : revision.parents()) {
            if (!byId.containsKey(parent)) {
                throw new ScriptException(script.file(), script.revisesLine(), "Revises names " + parent
                        + ", but no revision file declares it");
            }
        }
        // Depends-On may name a label or a unique prefix, which only the graph can resolve; it reports a
        // name that matches nothing, and withFile puts this file in front of that report.
    }

    /** The graph speaks of revision ids; name the file of the first one its message mentions. */
    private static RetortException withFile(RetortException e, Collection<RevisionScript> scripts) {
        String message = e.getMessage();
        RevisionScript named = null;
        int earliest = Integer.MAX_VALUE;
        for (RevisionScript script : scripts) {
            int at = message.indexOf(script.id());
            if (at >= 0 && at < earliest) {
                earliest = at;
                named = script;
            }
        }
        return named == null ? e : new ScriptException(named.file(), 0, message);
    }

    /** The {@code versions/} folder new revisions go to; null for compiled revisions, which are read-only. */
    public Path versionsDir() {
        return versionsDir;
    }

    /** True for revisions the build compiled (a classpath location): read-only, and run without a compiler. */
    public boolean compiled() {
        return versionsDir == null && !byId.isEmpty() && byId.values().iterator().next().precompiled() != null;
    }

    /** The revision graph their headers make. */
    public RevisionGraph graph() {
        return graph;
    }

    /** The revision {@code id}; an error naming where the revisions were read when there is none. */
    public RevisionScript script(String id) {
        RevisionScript script = byId.get(id);
        if (script == null) {
            throw new RetortException("no revision file declares " + id + " in " + where);
        }
        return script;
    }

    /** Whether a revision declares {@code id}. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Every revision, in no particular order. */
    public Collection<RevisionScript> scripts() {
        return byId.values();
    }
}
