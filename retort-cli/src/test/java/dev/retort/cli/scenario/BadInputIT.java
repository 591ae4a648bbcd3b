package dev.retort.cli.scenario;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus of bad inputs, one case each: every one ends with exactly one line on stderr that starts with
 * {@code retort: } and names the file, line or revision at fault, exits 1 or 2, shows no stack trace or
 * exception class, and leaves the database file byte-for-byte as it was.
 */
class BadInputIT {
    private static final String A1 = "0000000000a1";
    private static final String A2 = "0000000000a2";
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b");
    private static final String PASSWORD = "s3cretPw";

    @TempDir
    static Path root;
    private static Path template;

    /** One bad input: what to break, what to run, the exit code, and what the one line must name. */
    private record Case(String name, Consumer<Project> setup, List<String> args, Map<String, String> env, int exit,
                        List<String> names) {
    }

    /** A project with two applied revisions, a database and a warm compile cache; each case works on a copy. */
    @BeforeAll
    static void applyTheGoodRevisions() throws IOException {
        template = Files.createDirectories(root.resolve("template"));
        Project p = Project.init(template);
        p.revision(A1, "", "create items", "op.createTable(\"items\", column(\"id\", INTEGER).primaryKey(), "
                + "column(\"name\", string(50)));", "op.dropTable(\"items\");");
        p.revision(A2, A1, "add price", "op.addColumn(\"items\", column(\"price\", INTEGER));",
                "op.dropColumn(\"items\", \"price\");");
        p.ok("upgrade", "head", "--no-backup");
        p.ok("heads", "--write");
    }

    private static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // --- revision headers
        cases.add(upgrade("header: id with bad characters",
                p -> p.write("x1_bad.java", "// Revision: not-an-id!\n// Revises: " + A2 + "\nclass X {}\n"),
                "x1_bad.java:1:", "not-an-id!"));
        cases.add(upgrade("header: an id too short to be one (Revision: zz)",
                p -> p.write("x1_bad.java", "// Revision: zz\n// Revises: " + A2 + "\nclass X {}\n"),
                "x1_bad.java:1:", "'zz'", "4 to 64"));
        cases.add(upgrade("header: no Revision line",
                p -> p.write("x1_bad.java", "// Message: forgot the id\nclass X {}\n"),
                "x1_bad.java:1:", "Revision: <id>"));
        cases.add(upgrade("header: no Revises line",
                p -> p.write("x1_bad.java", "// Revision: abcdef000001\nclass X {}\n"),
                "x1_bad.java:1:", "Revises"));
        cases.add(upgrade("header: a field twice",
                p -> p.write("x1_bad.java", "// Revision: abcdef000001\n// Revises: " + A2 + "\n// Revises: " + A1
                        + "\nclass X {}\n"),
                "x1_bad.java:3:", "twice"));
        cases.add(upgrade("header: Revises holds something that is not an id",
                p -> p.write("x1_bad.java", "// Revision: abcdef000001\n// Revises: " + A2 + "; " + A1 + "\nclass X {}\n"),
                "x1_bad.java:2:", "not a revision id"));
        cases.add(upgrade("header: revises itself",
                p -> p.write("x1_bad.java", "// Revision: abcdef000001\n// Revises: abcdef000001\nclass X {}\n"),
                "x1_bad.java:2:", "revises itself"));
        cases.add(upgrade("header: empty file",
                p -> p.write("x1_empty.java", ""),
                "x1_empty.java:1:", "Revision: <id>"));
        cases.add(upgrade("header: not UTF-8",
                p -> writeBytes(p, "x1_latin1.java", "// Revision: abcdef000001\n// Revises: \u00e9t\u00e9\n"
                        .getBytes(StandardCharsets.ISO_8859_1)),
                "x1_latin1.java", "UTF-8"));
        cases.add(upgrade("header: .sql revision without its -- comments",
                p -> p.write("x1_bad.sql", "// Revision: abcdef000001\n// Revises: " + A2 + "\n-- retort:upgrade\n"),
                "x1_bad.sql:1:", "-- Revision: <id>"));
        // --- the graph the headers make
        cases.add(upgrade("graph: unknown parent",
                p -> p.revision("abcdef000001", "ffffffffffff", "orphan", "", ""),
                "abcdef000001_orphan.java:2:", "ffffffffffff"));
        cases.add(upgrade("graph: cycle",
                p -> {
                    p.revision("abcdef000001", "abcdef000002", "one", "", "");
                    p.revision("abcdef000002", "abcdef000001", "two", "", "");
                },
                "cycle", "abcdef00000"));
        cases.add(upgrade("graph: duplicate id",
                p -> p.write("x1_copy.java", "// Revision: " + A2 + "\n// Revises: " + A1 + "\nclass Y {}\n"),
                A2, "also declared by"));
        cases.add(upgrade("graph: unknown Depends-On",
                p -> p.write("x1_dep.java", "// Revision: abcdef000001\n// Revises: " + A2
                        + "\n// Depends-On: ffffffffffff\nclass Y {}\n"),
                "x1_dep.java", "Depends-On", "ffffffffffff"));
        cases.add(upgrade("graph: a branch label used twice",
                p -> {
                    p.write("x1_l1.java", "// Revision: abcdef000001\n// Revises: " + A2 + "\n// Branch-Labels: api\nclass Y {}\n");
                    p.write("x1_l2.java", "// Revision: abcdef000002\n// Revises: " + A2 + "\n// Branch-Labels: api\nclass Z {}\n");
                },
                "x1_l", "api"));
        // --- Java revisions that do not compile or cannot run
        cases.add(upgrade("java: compile error",
                p -> p.revision("abcdef000001", A2, "broken", "op.addColumn(\"items\", column(\"x\", NO_SUCH_TYPE));", ""),
                "abcdef000001_broken.java:13:", "compile error"));
        cases.add(upgrade("java: no class implements Migration",
                p -> p.write("abcdef000001_plain.java", "// Revision: abcdef000001\n// Revises: " + A2
                        + "\nclass Plain {}\n"),
                "abcdef000001_plain.java", "Migration"));
        cases.add(upgrade("java: two Migration classes in one file",
                p -> p.write("abcdef000001_two.java", "// Revision: abcdef000001\n// Revises: " + A2 + "\n"
                        + "import dev.retort.ops.*;\n"
                        + "class One implements Migration { public void upgrade(Ops op) {} public void downgrade(Ops op) {} }\n"
                        + "class Two implements Migration { public void upgrade(Ops op) {} public void downgrade(Ops op) {} }\n"),
                "abcdef000001_two.java", "2 classes"));
        cases.add(upgrade("java: no constructor without parameters",
                p -> p.write("abcdef000001_ctor.java", "// Revision: abcdef000001\n// Revises: " + A2 + "\n"
                        + "import dev.retort.ops.*;\n"
                        + "class Needs implements Migration { Needs(int x) {} public void upgrade(Ops op) {} "
                        + "public void downgrade(Ops op) {} }\n"),
                "abcdef000001_ctor.java", "constructor"));
        cases.add(upgrade("java: the revision throws",
                p -> p.revision("abcdef000001", A2, "throws", "if (true) throw new IllegalStateException(\"boom\");", ""),
                "revision abcdef000001", "abcdef000001_throws.java", "line 13", "boom"));
        cases.add(upgrade("java: a failing SQL statement",
                p -> p.revision("abcdef000001", A2, "bad sql",
                        "op.execute(\"UPDATE items SET no_such_column = 1\");", ""),
                "revision abcdef000001", "UPDATE items SET no_such_column = 1"));
        cases.add(upgrade("java: an operation on a table that does not exist",
                p -> p.revision("abcdef000001", A2, "missing table",
                        "op.addColumn(\"no_such_table\", column(\"x\", INTEGER));", ""),
                "revision abcdef000001", "no_such_table"));
        cases.add(upgrade("java: work done before the failure is rolled back",
                p -> p.revision("abcdef000001", A2, "half done",
                        "op.createTable(\"extra\", column(\"id\", INTEGER).primaryKey()); "
                                + "op.execute(\"INSERT INTO no_such_table VALUES (1)\");", ""),
                "revision abcdef000001", "no_such_table"));
        // --- SQL revisions
        cases.add(upgrade("sql: no upgrade marker",
                p -> p.write("abcdef000001_nomarker.sql", "-- Revision: abcdef000001\n-- Revises: " + A2
                        + "\nCREATE TABLE x (id INTEGER);\n"),
                "abcdef000001_nomarker.sql", "-- retort:upgrade"));
        cases.add(upgrade("sql: a statement SQLite refuses",
                p -> p.write("abcdef000001_typo.sql", "-- Revision: abcdef000001\n-- Revises: " + A2
                        + "\n-- retort:upgrade\nCREAT TABLE x (id INTEGER);\n-- retort:downgrade\n"),
                "revision abcdef000001", "CREAT TABLE x"));
        // --- a revision edited after it ran
        cases.add(upgrade("edited applied revision",
                p -> append(p.files(A1).get(0), "// edited after it ran\n"),
                A1 + "_create_items.java", "changed"));
        // --- targets
        cases.add(run("target: unknown", p -> { }, 1, List.of("upgrade", "ffffffffffff"), "ffffffffffff"));
        cases.add(run("target: ambiguous partial id", p -> {
            p.revision("abc000000001", A2, "one", "", "");
            p.revision("abc000000002", "abc000000001", "two", "", "");
        }, 1, List.of("upgrade", "abc"), "abc", "abc000000001", "abc000000002"));
        cases.add(run("target: head with two heads", p -> {
            p.revision("abcdef000001", A2, "left", "", "");
            p.revision("abcdef000002", A2, "right", "", "");
        }, 1, List.of("upgrade", "head"), "abcdef000001", "abcdef000002"));
        cases.add(run("target: further than the history goes", p -> { }, 1, List.of("upgrade", "+5"), "+5"));
        cases.add(run("target: downgrade below base", p -> { }, 1, List.of("downgrade", "-3"), "-3"));
        cases.add(run("target: a range without --sql", p -> { }, 2, List.of("upgrade", A1 + ":" + A2), A1 + ":" + A2,
                "--sql"));
        cases.add(run("target: stamp an unknown revision", p -> { }, 1, List.of("stamp", "ffffffffffff"), "ffffffffffff"));
        cases.add(run("target: show an unknown revision", p -> { }, 1, List.of("show", "ffffffffffff"), "ffffffffffff"));
        // --- new revisions
        cases.add(run("revision: --rev-id that exists", p -> { }, 1,
                List.of("revision", "-m", "again", "--rev-id", A1), A1, A1 + "_create_items.java"));
        cases.add(run("revision: --rev-id with bad characters", p -> { }, 2,
                List.of("revision", "-m", "x", "--rev-id", "bad id!"), "bad id!"));
        cases.add(run("revision: --rev-id follows the header's rule", p -> { }, 2,
                List.of("revision", "-m", "x", "--rev-id", "zz"), "'zz'", "4 to 64"));
        cases.add(run("revision: blank message", p -> { }, 2, List.of("revision", "-m", "  "), "-m"));
        cases.add(run("revision: --head names an unknown revision", p -> { }, 1,
                List.of("revision", "-m", "x", "--head", "ffffffffffff"), "ffffffffffff"));
        cases.add(run("merge: only one head", p -> { }, 1, List.of("merge", "heads", "-m", "merge"), A2));
        cases.add(run("usage: unknown option", p -> { }, 2, List.of("upgrade", "head", "--frobnicate"), "--frobnicate"));
        cases.add(run("restore: no such backup", p -> { }, 1, List.of("restore", "nothere.sqlite3"), "nothere.sqlite3"));
        // --- retort.toml
        cases.add(upgrade("config: not TOML", p -> config(p, "[retort\nurl = \"jdbc:sqlite:db.sqlite3\"\n"),
                "retort.toml", "not valid TOML"));
        cases.add(upgrade("config: unknown key", p -> config(p, "[retort]\nurll = \"jdbc:sqlite:db.sqlite3\"\n"),
                "retort.toml", "urll"));
        cases.add(upgrade("config: unknown section", p -> config(p, "[retort]\nurl = \"jdbc:sqlite:db.sqlite3\"\n[sqlight]\n"),
                "retort.toml", "sqlight"));
        cases.add(upgrade("config: url is not a string", p -> config(p, "[retort]\nurl = 5\n"),
                "retort.toml", "retort.url"));
        cases.add(upgrade("config: foreign_keys is not a boolean",
                p -> config(p, "[retort]\nurl = \"jdbc:sqlite:db.sqlite3\"\n[sqlite]\nforeign_keys = \"yes\"\n"),
                "retort.toml", "foreign_keys"));
        cases.add(upgrade("config: backup is neither auto nor off",
                p -> config(p, "[retort]\nurl = \"jdbc:sqlite:db.sqlite3\"\n[sqlite]\nbackup = \"weekly\"\n"),
                "retort.toml", "weekly"));
        cases.add(upgrade("config: keep_backups is not a number",
                p -> config(p, "[retort]\nurl = \"jdbc:sqlite:db.sqlite3\"\n[sqlite]\nkeep_backups = \"five\"\n"),
                "retort.toml", "keep_backups"));
        cases.add(upgrade("config: no url anywhere", p -> config(p, "[retort]\nscript_location = \"migrations\"\n"),
                "URL"));
        cases.add(upgrade("config: script_location that does not exist",
                p -> config(p, "[retort]\nurl = \"jdbc:sqlite:db.sqlite3\"\nscript_location = \"nowhere\"\n"),
                "nowhere"));
        cases.add(run("config: -c names a missing file", p -> { }, 1, List.of("-c", "missing.toml", "heads"),
                "missing.toml"));
        // --- databases that cannot be reached or are not supported
        cases.add(run("database: SQLite file in a missing directory", p -> { }, 1,
                List.of("upgrade", "head", "--url", "jdbc:sqlite:/nonexistent-retort-dir/x/db.sqlite3"),
                "/nonexistent-retort-dir/x/db.sqlite3", "does not exist"));
        cases.add(run("database: nothing listens", p -> { }, 1,
                List.of("upgrade", "head", "--url", "jdbc:postgresql://127.0.0.1:1/x"), "127.0.0.1:1"));
        cases.add(run("database: wrong password", p -> { }, 1,
                List.of("upgrade", "head", "--url", "jdbc:mariadb://root:" + PASSWORD + "@127.0.0.1:3306/test"),
                "root:***@127.0.0.1:3306", "Access denied"));
        cases.add(new Case("database: wrong password in RETORT_URL", p -> { }, List.of("current"),
                Map.of("RETORT_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=" + PASSWORD), 1,
                List.of("password=***", "Access denied")));
        cases.add(run("database: a MariaDB database that does not exist", p -> { }, 1,
                List.of("upgrade", "head", "--url", "jdbc:mariadb://127.0.0.1:3306/retort_no_such_db?user=root"),
                "retort_no_such_db", "Unknown database"));
        cases.add(run("database: not a database Retort speaks", p -> { }, 1,
                List.of("upgrade", "head", "--url", "jdbc:oracle:thin:@localhost:1521:x"), "jdbc:oracle"));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputFailsWithOneLineAndTouchesNothing() {
        List<Case> cases = corpus();
        assertTrue(cases.size() >= 30, "the corpus has " + cases.size() + " cases");
        return java.util.stream.IntStream.range(0, cases.size())
                .mapToObj(i -> DynamicTest.dynamicTest(cases.get(i).name(), () -> check(i, cases.get(i))));
    }

    private static void check(int number, Case c) throws IOException {
        // Numbered, not named: a case's name must not be what makes its message pass.
        Path dir = root.resolve("case-" + number);
        copyTree(template, dir);
        Project p = Project.at(dir);
        c.setup().accept(p);
        String before = sha256(p.database());
        RetortProcess.Result result = RetortProcess.run(dir, c.env(), c.args().toArray(String[]::new));
        String label = c.name() + ": retort " + String.join(" ", c.args()) + "\n" + result;
        System.out.println(c.name() + " -> exit " + result.exitCode() + ": " + result.err().strip());
        assertEquals(c.exit(), result.exitCode(), label);
        List<String> lines = result.err().lines().toList();
        assertTrue(lines.get(0).startsWith("retort: "), label);
        // One line per failure; javac's diagnostic alone keeps its source line, caret and symbol under it.
        assertEquals(1, lines.get(0).contains(": compile error: ") ? 1 : lines.size(), "one line on stderr: " + label);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("retort: ")).count(), label);
        for (String name : c.names()) {
            assertTrue(lines.get(0).contains(name), "the line names '" + name + "': " + label);
        }
        assertFalse(result.all().contains("\tat "), "no stack trace: " + label);
        assertFalse(EXCEPTION_CLASS.matcher(result.all()).find(), "no exception class: " + label);
        assertFalse(result.all().contains("internal error"), label);
        assertFalse(result.all().contains(PASSWORD), "the password never shows: " + label);
        assertEquals(before, sha256(p.database()), "the database file is unchanged: " + label);
    }

    private static Case upgrade(String name, Consumer<Project> setup, String... names) {
        return run(name, setup, 1, List.of("upgrade", "head"), names);
    }

    private static Case run(String name, Consumer<Project> setup, int exit, List<String> args, String... names) {
        return new Case(name, setup, args, Map.of(), exit, List.of(names));
    }

    private static void config(Project p, String text) {
        try {
            Files.writeString(p.dir().resolve("retort.toml"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBytes(Project p, String name, byte[] bytes) {
        try {
            Files.write(p.versions().resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    static String sha256(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(no file)";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
