package dev.retort.script;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionIds;
import dev.retort.revision.UnknownRevisionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One rule for revision ids, wherever one is read: headers here, --rev-id and targets through RevisionIds. */
class RevisionIdRuleTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aHeaderRevisionZzIsRefusedInOneLineNamingTheFileAndLine() throws Exception {
        Path file = write("zz_short.sql", "-- Message: too short\n-- Revision: zz\n-- Revises:\n-- retort:upgrade\n");
        ScriptException e = assertThrows(ScriptException.class, () -> HeaderReader.read(file));
        assertEquals(file + ":2: revision id 'zz' is not " + RevisionIds.RULE, e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void capitalsAndTargetWordsAreNotIds() throws Exception {
        Path upper = write("x_upper.java", "// Revision: AB12CD\n// Revises:\n");
        assertTrue(assertThrows(ScriptException.class, () -> HeaderReader.read(upper)).getMessage()
                .startsWith(upper + ":1: revision id 'AB12CD' is not 4 to 64 lowercase"));
        Path head = write("x_head.java", "// Revision: head\n// Revises:\n");
        assertEquals(head + ":1: revision id 'head' is a word targets reserve",
                assertThrows(ScriptException.class, () -> HeaderReader.read(head)).getMessage());
    }

    @Test
    void aRevisesEntryThatCannotBeAnIdIsRefusedOnItsLine() throws Exception {
        Path file = write("abcd_x.java", "// Revision: abcd\n// Revises: zz\n");
        assertEquals(file + ":2: 'Revises:' holds 'zz', which is not a revision id (" + RevisionIds.RULE
                + "); separate several with commas", assertThrows(ScriptException.class, () -> HeaderReader.read(file))
                .getMessage());
    }

    @Test
    void dependsOnMayNameALabelOrAPartialId() throws Exception {
        Path file = write("abcd_x.java", "// Revision: abcd\n// Revises:\n// Depends-On: Core, 1f6e\n");
        assertEquals(List.of("Core", "1f6e"), HeaderReader.read(file).revision().dependsOn());
    }

    @Test
    void generatedIdsAndTheSuiteOwnHandGivenIdsFollowTheRule() {
        String generated = NewRevision.randomId();
        assertTrue(RevisionIds.GENERATED.matcher(generated).matches(), generated);
        assertTrue(RevisionIds.isValid(generated));
        assertTrue(RevisionIds.isValid("r1r1r1r1r1r1"));
        assertTrue(RevisionIds.isValid("aaaa"));
        assertFalse(RevisionIds.isValid("zz"));
        assertFalse(RevisionIds.isValid("bad id!"));
        assertFalse(RevisionIds.isValid("x".repeat(65)));
    }

    @Test
    void aTargetNoIdCouldMatchSaysWhatIdsLookLike() {
        RevisionGraph g = RevisionGraph.of(List.of(dev.retort.revision.Revision.of("abcd")));
        assertEquals("no revision matches 'ZZ!' (revision ids are " + RevisionIds.RULE
                + "); `retort history` lists the revisions",
                assertThrows(UnknownRevisionException.class, () -> g.resolve("ZZ!")).getMessage());
        assertEquals("no revision matches 'ffff'; `retort history` lists the revisions",
                assertThrows(UnknownRevisionException.class, () -> g.resolve("ffff")).getMessage());
    }
}
