package dev.retort.alembic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One differential scenario, written once as data and turned into an Alembic project and a Retort project.
 * A line of {@code scenarios.txt} is {@code name | revisions | start | command | expect}:
 * <ul>
 *   <li>revisions: space-separated {@code id[<parent,parent][~dependency,dependency][@label,label]}, oldest
 *       first (a dependency may be a label);</li>
 *   <li>start: {@code base}, or the version rows the database is at, comma-separated full ids;</li>
 *   <li>command: {@code upgrade TARGET} or {@code downgrade TARGET};</li>
 *   <li>expect: {@code ok} or {@code refused}, what Alembic does (a check on the scenario itself).</li>
 * </ul>
 */
record Scenario(String name, List<Rev> revisions, List<String> start, String verb, String target, boolean expectOk,
                int line) {

    /** One revision of a scenario. */
    record Rev(String id, List<String> parents, List<String> dependsOn, List<String> labels) {}

    private static final Pattern REV = Pattern.compile(
            "([a-z0-9_]+)(?:<([a-z0-9_,]+))?(?:~([A-Za-z0-9_,]+))?(?:@([A-Za-z0-9_,]+))?");

    boolean isUpgrade() {
        return verb.equals("upgrade");
    }

    @Override
    public String toString() {
        return name + " (scenarios.txt:" + line + ")";
    }

    static List<Scenario> load(String resource) {
        InputStream in = Scenario.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no resource " + resource);
        }
        List<Scenario> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(parse(line, number));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static Scenario parse(String line, int number) {
        String[] cols = line.split("\\|");
        if (cols.length != 5) {
            throw new IllegalArgumentException("scenarios.txt:" + number + ": expected 5 columns separated by |");
        }
        List<Rev> revisions = new ArrayList<>();
        for (String token : cols[1].strip().split("\\s+")) {
            Matcher m = REV.matcher(token);
            if (!m.matches()) {
                throw new IllegalArgumentException("scenarios.txt:" + number + ": bad revision '" + token + "'");
            }
            revisions.add(new Rev(m.group(1), list(m.group(2)), list(m.group(3)), list(m.group(4))));
        }
        String start = cols[2].strip();
        String[] command = cols[3].strip().split("\\s+");
        if (command.length != 2 || !(command[0].equals("upgrade") || command[0].equals("downgrade"))) {
            throw new IllegalArgumentException("scenarios.txt:" + number + ": command must be upgrade|downgrade TARGET");
        }
        String expect = cols[4].strip();
        if (!expect.equals("ok") && !expect.equals("refused")) {
            throw new IllegalArgumentException("scenarios.txt:" + number + ": expect must be ok or refused");
        }
        return new Scenario(cols[0].strip(), revisions, start.equals("base") ? List.of() : list(start), command[0],
                command[1], expect.equals("ok"), number);
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
}
