package dev.retort.cli.docs;

import dev.retort.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/reference.md is the CLI's own help; this fails when a verb or option changed without the page. */
class CommandReferenceTest {

    @Test
    void theReferencePageMatchesTheHelp() throws Exception {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[]{"reference"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        Path page = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("reference.md");
        assertEquals(out.toString(), Files.readString(page),
                "docs/reference.md is out of date: regenerate it with `./retort reference > docs/reference.md`");
    }
}
