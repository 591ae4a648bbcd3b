package dev.retort.autogen;

import dev.retort.ops.Migration;
import dev.retort.ops.Operation;
import dev.retort.ops.OpsHandle;
import dev.retort.revision.Revision;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A rendered revision written to a file, compiled with javax.tools and run on a recording Ops. */
record RenderedRevision(String source, List<Operation> upgrade, List<Operation> downgrade) {

    static RenderedRevision of(Path dir, Revision revision, DiffResult diff) throws Exception {
        String source = new RevisionRenderer().render(revision, diff);
        Path file = dir.resolve(revision.id() + "_" + revision.message().replaceAll("\\W+", "_") + ".java");
        Files.writeString(file, source);
        try (InProcessCompiler.Compiled compiled = InProcessCompiler.compile(List.of(file), List.of(), file.toString())) {
            Class<?> type = compiled.loader().loadClass(RevisionRenderer.className(revision));
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Migration migration = (Migration) constructor.newInstance();
            List<Operation> up = new ArrayList<>();
            migration.upgrade(OpsHandle.recording("sqlite", up));
            List<Operation> down = new ArrayList<>();
            migration.downgrade(OpsHandle.recording("sqlite", down));
            return new RenderedRevision(source, up, down);
        }
    }
}
