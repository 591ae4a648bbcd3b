package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people branch in git and each add a revision with {@code retort revision}: {@code versions/HEADS}
 * makes {@code git merge} stop with a conflict, {@code heads --check} names the file, and
 * {@code retort merge heads} resolves it.
 */
class TeamHeadsIT {
    private static final String HEADS = "migrations/versions/HEADS";

    private record Git(int exitCode, String output) {
    }

    private static Git git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Retort Test", "-c",
                "user.email=test@retort.dev", "-c", "commit.gpgsign=false", "-c", "merge.conflictStyle=merge"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", dir.toString());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " hung");
            }
            return new Git(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run git: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gitOk(Path dir, String... args) {
        Git result = git(dir, args);
        assertEquals(0, result.exitCode(), () -> "git " + String.join(" ", args) + ":\n" + result.output());
        return result.output();
    }

    private static String idOf(Path file) {
        return file.getFileName().toString().substring(0, 12);
    }

    private static List<String> listedHeads(Project p) throws IOException {
        return Files.readAllLines(p.dir().resolve(HEADS)).stream().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void twoBranchesThatEachAddARevisionConflictOnHeadsUntilMerged(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        gitOk(dir, "init", "-q", "-b", "main");
        p.ok("revision", "-m", "create users");
        String root = idOf(p.files("create_users").get(0));
        List<String> lines = Files.readAllLines(dir.resolve(HEADS));
        assertEquals(List.of("# Retort keeps this file: the current heads. A git conflict here means two branches "
                + "added revisions: run retort merge heads.", root), lines);
        gitOk(dir, "add", "-A");
        gitOk(dir, "commit", "-q", "-m", "create users");

        gitOk(dir, "checkout", "-q", "-b", "alice");
        p.ok("revision", "-m", "add email to users");
        String alice = idOf(p.files("add_email_to_users").get(0));
        assertEquals(List.of(alice), listedHeads(p), "revision rewrites HEADS");
        p.ok("heads", "--check");
        gitOk(dir, "add", "-A");
        gitOk(dir, "commit", "-q", "-m", "alice: email");

        gitOk(dir, "checkout", "-q", "main");
        gitOk(dir, "checkout", "-q", "-b", "bob");
        p.ok("revision", "-m", "create api keys");
        String bob = idOf(p.files("create_api_keys").get(0));
        assertEquals(List.of(bob), listedHeads(p));
        gitOk(dir, "add", "-A");
        gitOk(dir, "commit", "-q", "-m", "bob: api keys");

        gitOk(dir, "checkout", "-q", "alice");
        Git merge = git(dir, "merge", "--no-edit", "bob");
        assertNotEquals(0, merge.exitCode(), "git must refuse to merge silently:\n" + merge.output());
        assertTrue(merge.output().contains("CONFLICT") && merge.output().contains(HEADS), merge.output());
        assertEquals(HEADS, gitOk(dir, "diff", "--name-only", "--diff-filter=U").strip(),
                "HEADS is the only conflicted file: the revision files themselves merged cleanly");

        var check = p.fails(3, "heads", "--check");
        assertEquals(1, check.err().lines().count(), check.err());
        assertTrue(check.err().startsWith("retort: " + HEADS + ": git conflict: two branches added revisions (heads "
                + String.join(", ", List.of(alice, bob).stream().sorted().toList()) + ")"), check.err());
        p.fails(1, "revision", "-m", "more on top");

        var merged = p.ok("merge", "heads", "-m", "merge alice and bob");
        assertTrue(merged.out().contains("merge_alice_and_bob.java"), merged.out());
        String mergeId = idOf(p.files("merge_alice_and_bob").get(0));
        String headsText = Files.readString(dir.resolve(HEADS));
        assertFalse(headsText.contains("<<<<<<<") || headsText.contains(">>>>>>>"), headsText);
        assertEquals(List.of(mergeId), listedHeads(p));
        p.ok("heads", "--check");
        gitOk(dir, "add", "-A");
        gitOk(dir, "commit", "-q", "--no-edit");
        assertEquals("", gitOk(dir, "status", "--porcelain").strip());

        p.ok("upgrade", "head");
        assertEquals(List.of(mergeId), p.versionRows());
    }

    @Test
    void aRevisionFileAddedByHandMakesHeadsStaleUntilRewritten(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        p.ok("heads", "--check");
        assertFalse(Files.exists(dir.resolve(HEADS)), "a project without HEADS is not checked against it");
        p.ok("revision", "-m", "create users", "--rev-id", "000000000001");
        p.ok("heads", "--check");
        p.revision("000000000002", "000000000001", "added by hand", "", "");

        var stale = p.fails(3, "heads", "--check");
        assertEquals("retort: " + HEADS + ": lists 000000000001, but the revision files' head is 000000000002; "
                + "a revision file was added or removed without retort: rewrite it with `retort heads --write`",
                stale.err().strip());
        p.ok("heads", "--write");
        assertEquals(List.of("000000000002"), listedHeads(p));
        p.ok("heads", "--check");

        p.revision("000000000003", "000000000001", "second branch by hand", "", "");
        var twoHeads = p.fails(3, "heads", "--check");
        assertTrue(twoHeads.err().contains("HEADS: lists 000000000002, but the revision files' heads are "
                + "000000000002, 000000000003; join them with `retort merge heads"), twoHeads.err());
        p.ok("merge", "heads", "-m", "join", "--rev-id", "000000000004");
        assertEquals(List.of("000000000004"), listedHeads(p));
        p.ok("heads", "--check");
    }

    @Test
    void autogenerateRewritesHeadsSoHeadsCheckPassesAfterIt(@TempDir Path dir) throws Exception {
        Project p = Project.init(dir);
        Path toml = dir.resolve("retort.toml");
        Files.writeString(toml, Files.readString(toml).replaceFirst("# models = \"models\"", "models = \"schema.sql\""));
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");

        p.ok("revision", "--autogenerate", "-m", "create users", "--rev-id", "000000000001");
        assertEquals(List.of("000000000001"), listedHeads(p), "the first revision, autogenerated, writes HEADS");
        p.ok("heads", "--check");

        p.ok("upgrade", "head");
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n");
        p.ok("revision", "--autogenerate", "-m", "add users name", "--rev-id", "000000000002");
        assertEquals(List.of("000000000002"), listedHeads(p));
        p.ok("heads", "--check");
    }

    @Test
    void headsOnAProjectWithoutRevisionsSaysThereAreNone(@TempDir Path dir) {
        Project p = Project.init(dir);
        var plain = p.ok("heads");
        assertEquals("No heads: there are no revisions yet; `retort revision -m MSG` writes the first",
                plain.out().strip());
        var json = (java.util.Map<?, ?>) JsonValue.parse(p.ok("heads", "--json").out());
        assertEquals(List.of(), json.get("heads"));
    }
}
