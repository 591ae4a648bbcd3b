package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How DocsCommandsIT reads a page and rewrites it, without running anything. */
class DocPageTest {
    @TempDir
    Path dir;

    private DocPage page(String text) throws IOException {
        Path file = dir.resolve("page.md");
        Files.writeString(file, text);
        return DocPage.read(file);
    }

    @Test
    void commandsCarryTheirExitCodeEnvironmentAndQuotedWords() throws IOException {
        DocPage page = page("""
                # Title

                ```console
                $ retort revision -m "add token_count column" --rev-id 1f6e   # exits 1
                old output
                $ RETORT_URL=jdbc:sqlite:ci.sqlite3 retort current --verbose
                $ java -cp retort.jar seed/SeedData.java 'a b'
                ```

                ```java
                $ not a command: java blocks are not run
                ```
                """);
        List<DocPage.Step> steps = page.steps();
        assertEquals(3, steps.size());
        DocPage.Command revision = assertInstanceOf(DocPage.Command.class, steps.get(0));
        assertEquals("retort", revision.program());
        assertEquals(List.of("revision", "-m", "add token_count column", "--rev-id", "1f6e"), revision.args());
        assertEquals(1, revision.expectedExit());
        assertEquals(4, revision.outputFrom());
        assertEquals(5, revision.outputTo());
        DocPage.Command current = assertInstanceOf(DocPage.Command.class, steps.get(1));
        assertEquals(Map.of("RETORT_URL", "jdbc:sqlite:ci.sqlite3"), current.env());
        assertEquals(0, current.expectedExit());
        DocPage.Command java = assertInstanceOf(DocPage.Command.class, steps.get(2));
        assertEquals(List.of("-cp", "retort.jar", "seed/SeedData.java", "a b"), java.args());
    }

    @Test
    void directivesWriteAndShowTheNextBlock() throws IOException {
        DocPage page = page("""
                <!-- docs-test: write migrations/versions/x.java -->
                ```java
                class X {}
                ```

                <!-- docs-test: show retort.toml -->
                ```toml
                stale
                ```
                """);
        DocPage.WriteFile write = assertInstanceOf(DocPage.WriteFile.class, page.steps().get(0));
        assertEquals("migrations/versions/x.java", write.path());
        assertEquals("class X {}\n", write.content());
        DocPage.ShowFile show = assertInstanceOf(DocPage.ShowFile.class, page.steps().get(1));
        assertEquals("retort.toml", show.path());
        Map<DocPage.Step, List<String>> replacements = new LinkedHashMap<>();
        replacements.put(show, List.of("[retort]", "url = \"x\""));
        assertTrue(page.rewrite(replacements).endsWith("```toml\n[retort]\nurl = \"x\"\n```\n"),
                page.rewrite(replacements));
    }

    @Test
    void rewriteReplacesOnlyOutputLines() throws IOException {
        String text = """
                Before.

                ```console
                $ retort heads
                stale one
                stale two
                $ retort current
                ```

                After.
                """;
        DocPage page = page(text);
        Map<DocPage.Step, List<String>> replacements = new LinkedHashMap<>();
        replacements.put(page.steps().get(0), List.of("ca07697bacb4 (head)"));
        replacements.put(page.steps().get(1), List.of("ca07697bacb4", "second line"));
        assertEquals(text.replace("stale one\nstale two\n", "ca07697bacb4 (head)\n")
                        .replace("$ retort current\n", "$ retort current\nca07697bacb4\nsecond line\n"),
                page.rewrite(replacements));
    }

    @Test
    void otherShellStepsAndShellBlocksAreRefused() throws IOException {
        IllegalStateException cp = assertThrows(IllegalStateException.class,
                () -> page("```console\n$ cp a b\n```\n"));
        assertTrue(cp.getMessage().contains("page.md:2: unsupported shell step `cp a b`"), cp.getMessage());
        IllegalStateException bash = assertThrows(IllegalStateException.class,
                () -> page("```bash\nretort heads\n```\n"));
        assertTrue(bash.getMessage().contains("page.md:1"), bash.getMessage());
        IllegalStateException dangling = assertThrows(IllegalStateException.class,
                () -> page("<!-- docs-test: write a.txt -->\n\nno block here\n"));
        assertTrue(dangling.getMessage().contains("must be followed by a fenced block"), dangling.getMessage());
    }

    @Test
    void splitKeepsHashesInsideWordsAndQuotes() {
        List<String> words = new ArrayList<>();
        assertEquals("exits 3", DocPage.split("retort -m \"fix #12\" a#b   # exits 3", words));
        assertEquals(List.of("retort", "-m", "fix #12", "a#b"), words);
    }

    @Test
    void outputIsMadeStable() throws IOException {
        Path project = Files.createDirectories(dir.resolve("platform"));
        DocOutput output = new DocOutput(project);
        String now = java.time.Instant.now().toString();
        List<String> lines = output.command(
                "Backup: " + project + "/platform.sqlite3.retort-backup-20261124T160941.517Z\n"
                        + "Current revision(s) for jdbc:sqlite:" + project + "/platform.sqlite3:\n"
                        + "// Create-Date: " + now + "\n"
                        + "// Create-Date: 2026-03-02T10:14:00Z\n"
                        + "INSERT INTO retort_log (revision, direction, checksum, started_at, duration_ms, tool_version,"
                        + " applied_by, status) VALUES ('ecc4', 'up', 'd46d', '" + now + "', NULL, '0.1.0', NULL, 'ok');\n",
                "Backup of the replaced file: platform.sqlite3.retort-backup-20261124T160950.001Z-4242\n\n");
        assertEquals(List.of(
                "Backup: platform.sqlite3.retort-backup-20261124T120000.000Z",
                "Current revision(s) for jdbc:sqlite:platform.sqlite3:",
                "// Create-Date: " + DocOutput.NOW,
                "// Create-Date: 2026-03-02T10:14:00Z",
                "INSERT INTO retort_log (revision, direction, checksum, started_at, duration_ms, tool_version,"
                        + " applied_by, status) VALUES ('ecc4', 'up', 'd46d', '" + DocOutput.NOW + "', NULL, '0.1.0', NULL, 'ok');",
                "Backup of the replaced file: platform.sqlite3.retort-backup-20261124T120100.000Z"), lines);
        assertEquals(List.of("again: platform.sqlite3.retort-backup-20261124T120000.000Z"),
                output.command("again: platform.sqlite3.retort-backup-20261124T160941.517Z\n", ""),
                "the same backup keeps its stable name within a page");
    }
}
