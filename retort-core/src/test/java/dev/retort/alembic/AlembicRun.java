package dev.retort.alembic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A scenario as an Alembic project (offline env.py on a SQLite URL, one revision file per revision whose
 * upgrade and downgrade print a marker), run with Debian's Alembic for {@code /usr/bin/python3}.
 */
final class AlembicRun {
    static final String PYTHON = "/usr/bin/python3";

    /** What Alembic printed, or that it refused. */
    record Result(boolean ok, String sql, String error) {}

    private AlembicRun() {
    }

    /** Whether the oracle is here: the Python that Debian's python3-alembic installs for, with alembic importable. */
    static boolean available() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import alembic").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result run(Scenario s, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("versions"));
        Files.writeString(dir.resolve("alembic.ini"), "[alembic]\nscript_location = .\n");
        // Offline only: the start comes from -x start=a,b so a scenario can begin at several heads, which
        // Alembic's FROM:TO range cannot say on the command line; a tuple starting_rev is what it takes.
        // The listing order is the one thing Alembic leaves to the file system (os.listdir), and its order of
        // unrelated revisions follows it; sorting the listing makes a run the same on every machine.
        Files.writeString(dir.resolve("env.py"), String.join("\n",
                "from alembic import context",
                "from alembic.script.base import Script",
                "_listed = Script._list_py_dir.__func__",
                "Script._list_py_dir = classmethod(lambda cls, sd, path: sorted(_listed(cls, sd, path)))",
                "x = context.get_x_argument(as_dictionary=True)",
                "kw = {'starting_rev': tuple(x['start'].split(','))} if x.get('start') else {}",
                "context.configure(url='sqlite:///unused.db', literal_binds=True, **kw)",
                "with context.begin_transaction():",
                "    context.run_migrations()", ""));
        for (Scenario.Rev r : s.revisions()) {
            Files.writeString(dir.resolve("versions").resolve(r.id() + "_step.py"), String.join("\n",
                    "revision = " + py(r.id()),
                    "down_revision = " + tuple(r.parents()),
                    "branch_labels = " + tuple(r.labels()),
                    "depends_on = " + tuple(r.dependsOn()),
                    "from alembic import op",
                    "def upgrade():",
                    "    op.execute(\"SELECT 'up " + r.id() + "'\")",
                    "def downgrade():",
                    "    op.execute(\"SELECT 'down " + r.id() + "'\")", ""), StandardCharsets.UTF_8);
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, "-m", "alembic"));
        String from = s.start().isEmpty() ? "base" : s.start().get(0);
        if (s.start().size() > 1) {
            command.addAll(List.of("-x", "start=" + String.join(",", s.start())));
        }
        command.add(s.verb());
        // Offline, a downgrade needs FROM:TO, and an upgrade from anywhere but base START:TARGET.
        command.add(s.isUpgrade() && s.start().isEmpty() ? s.target() : from + ":" + s.target());
        command.add("--sql");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        // Fixed hashing keeps Alembic's own set orders the same from run to run.
        builder.environment().put("PYTHONHASHSEED", "0");
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("alembic did not finish: " + command);
        }
        String error = new String(err, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                .collect(Collectors.joining("\n"));
        return new Result(p.exitValue() == 0, new String(out, StandardCharsets.UTF_8), error);
    }

    private static String tuple(List<String> values) {
        if (values.isEmpty()) {
            return "None";
        }
        return "(" + values.stream().map(AlembicRun::py).collect(Collectors.joining(", ")) + ",)";
    }

    private static String py(String value) {
        return "'" + value + "'";
    }
}
