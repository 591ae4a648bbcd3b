package dev.retort.cli.scenario;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command in the user guide ({@code docs/}) runs, with the real jar, and exits as the page says.
 * <p>
 * The pages are taken in the order {@code docs/README.md} links them; each one runs on a fresh copy of
 * {@code examples/platform} (no database yet), top to bottom:
 * <ul>
 *   <li>In a {@code ```console} block, each line starting with {@code $ } is a command; the lines up to the
 *   next one are its output. {@code $ retort ARGS} runs the jar; {@code $ java ARGS} runs java with any
 *   argument ending in {@code retort.jar} replaced by the real jar (for the example's seed generator);
 *   leading {@code NAME=value} words set environment variables. Words are split as a shell would (single
 *   and double quotes). A trailing {@code # comment} is ignored, except that {@code # exits N} says the
 *   command is expected to exit with N instead of 0. Any other program fails the test: keep shell steps
 *   out of console blocks.</li>
 *   <li>{@code <!-- docs-test: write PATH -->}, followed by a fenced block (any language): the block's
 *   content is written to PATH, relative to the project, as the reader would save that file.</li>
 *   <li>{@code <!-- docs-test: show PATH -->}, followed by a fenced block: the block shows the file PATH
 *   as a command left it (a generated revision); the test checks that the file exists.</li>
 *   <li>Other fenced blocks ({@code java}, {@code toml}, ...) are not run.</li>
 * </ul>
 * Normally only exit codes are asserted, since outputs hold timestamps. With {@code -Ddocs.refresh=true}
 * the pages are rewritten instead: each command's output lines become what this run printed (stdout,
 * then stderr) and each shown file's block its content, made stable by {@link DocOutput}:
 * <pre>
 * mvn -q verify -pl retort-cli -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=DocsCommandsIT -Ddocs.refresh=true
 * </pre>
 */
class DocsCommandsIT {
    private static final Pattern LINK = Pattern.compile("\\]\\(([A-Za-z0-9_-]+\\.md)\\)");
    /**
     * Pages that are not part of the walk-through: the index itself, the generated command reference, and the
     * pages that are Maven projects of their own, which retort-it's DocPagesIT builds and runs.
     */
    private static final Set<String> NOT_WALKED = Set.of("README.md", "reference.md", "maven-plugin.md",
            "spring-boot.md");
    private static final Path JAR = Path.of(System.getProperty("retort.jar", "target/retort.jar")).toAbsolutePath();

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCommandInTheGuideExitsAsThePageSays() throws IOException {
        Path docs = above("docs/README.md").resolve("docs");
        Path platform = above("examples/platform/retort.toml").resolve("examples/platform");
        List<String> pages = pages(docs);
        boolean refresh = Boolean.getBoolean("docs.refresh");
        return pages.stream().map(page -> DynamicTest.dynamicTest(page, () -> {
            Path project = temp.resolve(page.replace(".md", "")).resolve("platform");
            Files.createDirectories(project);
            PlatformDatabase.copyProject(platform, project);
            run(DocPage.read(docs.resolve(page)), project, refresh);
        }));
    }

    /** The walk-through pages in the order the index links them; every page in docs/ must be linked. */
    private static List<String> pages(Path docs) throws IOException {
        List<String> linked = new ArrayList<>();
        Matcher link = LINK.matcher(Files.readString(docs.resolve("README.md")));
        while (link.find()) {
            if (!NOT_WALKED.contains(link.group(1)) && !linked.contains(link.group(1))) {
                linked.add(link.group(1));
            }
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(docs)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md") && !NOT_WALKED.contains(n))
                    .forEach(present::add);
        }
        assertEquals(present, new TreeSet<>(linked), "docs/README.md must link every page of docs/, and only those");
        return linked;
    }

    private static void run(DocPage page, Path project, boolean refresh) throws Exception {
        DocOutput output = new DocOutput(project);
        Map<DocPage.Step, List<String>> captured = new LinkedHashMap<>();
        for (DocPage.Step step : page.steps()) {
            if (step instanceof DocPage.Command command) {
                RetortProcess.Result result = command.program().equals("retort")
                        ? RetortProcess.run(project, command.env(), command.args().toArray(String[]::new))
                        : java(project, command);
                assertEquals(command.expectedExit(), result.exitCode(), () -> page.where(step) + ": `"
                        + command.text() + "` exited " + result.exitCode() + " (the page says "
                        + command.expectedExit() + ")\n" + result);
                captured.put(step, output.command(result.out(), result.err()));
            } else if (step instanceof DocPage.WriteFile write) {
                Path file = inside(project, write.path(), page, step);
                Files.createDirectories(file.getParent());
                Files.writeString(file, write.content(), StandardCharsets.UTF_8);
            } else if (step instanceof DocPage.ShowFile show) {
                Path file = inside(project, show.path(), page, step);
                assertTrue(Files.isRegularFile(file), () -> page.where(step) + ": " + show.path()
                        + " does not exist at this point of the page");
                captured.put(step, output.file(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        if (refresh) {
            Files.writeString(page.file(), page.rewrite(captured), StandardCharsets.UTF_8);
        }
    }

    private static Path inside(Path project, String path, DocPage page, DocPage.Step step) {
        Path file = project.resolve(path).normalize();
        assertTrue(file.startsWith(project), () -> page.where(step) + ": " + path + " is outside the project");
        return file;
    }

    /** {@code java ARGS}, with the real jar for any argument naming retort.jar (the seed generator's classpath). */
    private static RetortProcess.Result java(Path project, DocPage.Command command) throws Exception {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String arg : command.args()) {
            args.add(arg.endsWith("retort.jar") ? JAR.toString() : arg);
        }
        ProcessBuilder builder = new ProcessBuilder(args).directory(project.toFile());
        builder.environment().remove("RETORT_URL");
        builder.environment().putAll(command.env());
        Path out = Files.createTempFile("docs-out", ".txt");
        Path err = Files.createTempFile("docs-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("`" + command.text() + "` did not finish in 5 minutes");
            }
            return new RetortProcess.Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The directory above the working directory (the module, usually) that holds {@code relative}. */
    private static Path above(String relative) {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir;
            }
        }
        throw new IllegalStateException(relative + " not found above " + here);
    }
}
