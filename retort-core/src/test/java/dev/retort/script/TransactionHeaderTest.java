package dev.retort.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code Transaction:} header line: {@code none} or nothing, in Java and SQL revisions. */
class TransactionHeaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void transactionNoneInASqlHeaderMakesTheRevisionRunOutsideATransaction() throws Exception {
        Path file = write("a1b2c3d4e5f6_index.sql", "-- Revision: a1b2c3d4e5f6\n-- Revises:\n-- Transaction: none\n"
                + "-- Message: index\n-- retort:upgrade\nCREATE INDEX CONCURRENTLY i ON t (c);\n");
        assertFalse(TransactionHeader.runsInTransaction(HeaderReader.read(file)));
    }

    @Test
    void transactionNoneInAJavaHeaderMakesTheRevisionRunOutsideATransaction() throws Exception {
        Path file = write("a1b2c3d4e5f6_index.java", "// Revision: a1b2c3d4e5f6\n// Revises:\n//   Transaction:   none  \n"
                + "// Message: index\nclass X {}\n");
        assertFalse(TransactionHeader.runsInTransaction(HeaderReader.read(file)));
    }

    @Test
    void aJavaSourceWrittenOutsideATransactionCarriesTheLineAndAnOrdinaryOneDoesNot() throws Exception {
        NewRevision revision = new NewRevision("a1b2c3d4e5f6", java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.time.Instant.parse("2026-01-01T00:00:00Z"), "enum values");
        Path outside = write(revision.fileName(ScriptFormat.JAVA), RevisionWriter.javaSource(revision, false, "", ""));
        assertFalse(TransactionHeader.runsInTransaction(HeaderReader.read(outside)));
        Path inside = write("b1b2c3d4e5f6_plain.java", RevisionWriter.javaSource(revision, "", ""));
        assertTrue(TransactionHeader.runsInTransaction(HeaderReader.read(inside)));
    }

    @Test
    void aRevisionWithoutTheLineRunsInATransactionEvenWhenItsBodyMentionsIt() throws Exception {
        Path file = write("a1b2c3d4e5f6_plain.sql", "-- Revision: a1b2c3d4e5f6\n-- Revises:\n-- Message: plain\n"
                + "-- retort:upgrade\n-- Transaction: none\nSELECT 1;\n");
        assertTrue(TransactionHeader.runsInTransaction(HeaderReader.read(file)));
    }

    @Test
    void anotherValueIsRefusedInOneLineNamingTheFileAndLine() throws Exception {
        Path file = write("a1b2c3d4e5f6_bad.sql", "-- Revision: a1b2c3d4e5f6\n-- Revises:\n-- Message: bad\n"
                + "-- Transaction: off\n-- retort:upgrade\nSELECT 1;\n");
        ScriptException e = assertThrows(ScriptException.class, () -> HeaderReader.read(file));
        assertEquals(file + ":4: 'Transaction: off' is not a transaction mode; write 'Transaction: none' for a revision"
                + " that must run outside a transaction, or leave the line out", e.getMessage());
    }
}
