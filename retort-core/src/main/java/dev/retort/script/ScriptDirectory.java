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
    private final Map<String, RevisionScript> byId;
    private final RevisionGraph graph;

    private ScriptDirectory(Path versionsDir, Map<String, RevisionScript> byId, RevisionGraph graph) {
        this.versionsDir = versionsDir;
        this.byId = byId;
        this.graph = graph;
    }

    public static ScriptDirectory load(Path versionsDir) {
        if (!Files.isDirectory(versionsDir)) {
            throw new RetortException(versionsDir + ": no such directory; create the project with `retort init`");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(versionsDir)) {
            files = listing.filter(f -> ScriptFormat.of(f) != null && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new RetortException(versionsDir + ": cannot list: " + e.getMessage());
        }
        Map<String, RevisionScript> byId = new HashMap<>(files.size() * 2);
        for (Path file : files) {
            RevisionScript script = HeaderReader.read(file);
            RevisionScript clash = byId.putIfAbsent(script.id(), script);
            if (clash != null) {
                throw new ScriptException(file, 1, "revision id " + script.id() + " is also declared by "
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
        return new ScriptDirectory(versionsDir, Map.copyOf(byId), graph);
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

    public Path versionsDir() {
        return versionsDir;
    }

    public RevisionGraph graph() {
        return graph;
    }

    public RevisionScript script(String id) {
        RevisionScript script = byId.get(id);
        if (script == null) {
            throw new RetortException("no revision file declares " + id + " in " + versionsDir);
        }
        return script;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Collection<RevisionScript> scripts() {
        return byId.values();
    }
}
