package dev.retort.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadsFileTest {

    @Test
    void writesSortedHeadsUnderTheComment(@TempDir Path dir) throws Exception {
        HeadsFile.write(dir, List.of("bbbb", "aaaa"));
        assertEquals(HeadsFile.COMMENT + "\naaaa\nbbbb\n", Files.readString(dir.resolve("HEADS")));
        assertEquals(Optional.of(new HeadsFile.Listed(List.of("aaaa", "bbbb"), false)), HeadsFile.read(dir));
        HeadsFile.write(dir, List.of("cccc"));
        assertEquals(List.of("cccc"), HeadsFile.read(dir).orElseThrow().heads());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("HEADS"), files.map(f -> f.getFileName().toString()).toList(), "no temporary left");
        }
    }

    @Test
    void noFileMeansNothingToCompare(@TempDir Path dir) {
        assertTrue(HeadsFile.read(dir).isEmpty());
        assertTrue(HeadsFile.compare(dir, List.of("aaaa", "bbbb")).isEmpty());
    }

    @Test
    void agreesInAnyOrderAndIgnoresBlankAndCommentLines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("HEADS"), "# note\n\nbbbb\n  aaaa  \n");
        assertTrue(HeadsFile.compare(dir, List.of("aaaa", "bbbb")).isEmpty());
    }

    @Test
    void aStaleFileIsAMismatchNamingBothSides(@TempDir Path dir) {
        HeadsFile.write(dir, List.of("aaaa"));
        HeadsFile.Mismatch stale = HeadsFile.compare(dir, List.of("bbbb")).orElseThrow();
        assertEquals(dir.resolve("HEADS"), stale.file());
        assertEquals("lists aaaa, but the revision files' head is bbbb; a revision file was added or removed "
                + "without retort: rewrite it with `retort heads --write`", stale.problem());

        HeadsFile.Mismatch twoHeads = HeadsFile.compare(dir, List.of("bbbb", "aaaa")).orElseThrow();
        assertEquals(List.of("aaaa", "bbbb"), twoHeads.actual());
        assertTrue(twoHeads.problem().startsWith("lists aaaa, but the revision files' heads are aaaa, bbbb; join them "
                + "with `retort merge heads"), twoHeads.problem());
    }

    @Test
    void gitConflictMarkersAreAMismatchEvenWhenTheIdsAgree(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("HEADS"), HeadsFile.COMMENT + "\n<<<<<<< HEAD\naaaa\n=======\nbbbb\n>>>>>>> other\n");
        HeadsFile.Listed listed = HeadsFile.read(dir).orElseThrow();
        assertTrue(listed.conflicted());
        assertEquals(List.of("aaaa", "bbbb"), listed.heads());
        HeadsFile.Mismatch conflict = HeadsFile.compare(dir, List.of("aaaa", "bbbb")).orElseThrow();
        assertTrue(conflict.conflicted());
        assertTrue(conflict.problem().startsWith("git conflict: two branches added revisions (heads aaaa, bbbb)"),
                conflict.problem());
        assertFalse(conflict.problem().contains("\n"));
    }
}
