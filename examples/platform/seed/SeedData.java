import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Fills the platform database with about 25,000 rows of plausible data, the same rows on every run (a
 * fixed random seed, explicit ids, timestamps counted from a fixed date).
 * <p>
 * It writes the tables as they are at revision {@link #REVISION} ({@code create credentials table}, the
 * third revision): {@code workflow_nodes.node_type} before its rename, {@code user_profiles.telegram_chat_id}
 * before it is dropped, {@code workflows.description} still nullable, {@code execution_logs} without
 * {@code token_count}. Upgrading the seeded database to head then shows that every row survives the
 * renames, type changes and table rebuilds that follow.
 * <p>
 * Only the JDK is used, so Retort can compile this file in-process. From this folder, after
 * {@code retort upgrade 769c25ffe809}: {@code java -cp <retort.jar> seed/SeedData.java platform.sqlite3}.
 */
public final class SeedData {
    /** The revision whose tables this generator writes. */
    public static final String REVISION = "769c25ffe809";
    public static final long RANDOM_SEED = 20260316L;

    private static final LocalDateTime EPOCH = LocalDateTime.of(2026, 1, 5, 8, 0, 0);
    private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String[] FIRST = {"Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances",
            "Guido", "Radia", "Edsger", "Hedy", "Niklaus", "Karen", "Tim", "Sophie", "Zoë", "José", "Aiko", "Małgorzata"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie",
            "Allen", "van Rossum", "Perlman", "Dijkstra", "Lamarr", "Wirth", "Spärck Jones", "Berners-Lee", "O'Brien"};
    private static final String[] TOPICS = {"support triage", "invoice digest", "PR reviewer", "lead scoring",
            "standup summary", "incident pager", "RSS to Telegram", "daily backup check", "meeting notes",
            "churn alert", "translation bot", "calendar sync", "ticket router", "release notes", "log watcher"};
    private static final String[] COMPONENTS = {"trigger_telegram", "trigger_schedule", "trigger_webhook", "agent",
            "ai_model", "code", "http_request", "switch", "memory_read", "memory_write", "tool_git", "reply"};
    private static final String[] MODELS = {"gpt-4o", "gpt-4o-mini", "claude-sonnet-4", "claude-haiku-3.5",
            "llama-3.1-70b", "mistral-large"};
    private static final String[] STATUSES = {"PENDING", "RUNNING", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED",
            "SUCCEEDED", "FAILED", "CANCELLED"};
    private static final String[] CREDENTIAL_TYPES = {"LLM_PROVIDER", "TELEGRAM", "GIT", "TOOL"};
    private static final String[] ERRORS = {"TimeoutError: tool call exceeded 30s",
            "RateLimitError: 429 Too Many Requests from provider",
            "KeyError: 'chat_id'", "ValueError: could not parse \"amount\" as a number",
            "ConnectionResetError: [Errno 104] Connection reset by peer"};

    private SeedData() {
    }

    /**
     * Inserts the rows in one transaction and returns how many went into each table, in insertion order.
     * The tables must be empty and shaped as at {@link #REVISION}.
     */
    public static Map<String, Integer> seed(Connection c) throws SQLException {
        Random random = new Random(RANDOM_SEED);
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int users = users(c, random, 250);
            counts.put("user_profiles", users);
            int workflows = workflows(c, random, 1200, users);
            counts.put("workflows", workflows);
            List<int[]> nodes = new ArrayList<>();
            counts.put("workflow_nodes", nodes(c, random, workflows, nodes));
            counts.put("workflow_edges", edges(c, random, nodes));
            counts.put("component_configs", configs(c, random, nodes));
            counts.put("execution_logs", executions(c, random, 9000, workflows, users));
            counts.put("api_keys", apiKeys(c, random, 320, users));
            counts.put("credentials", credentials(c, random, users));
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return counts;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            System.err.println("usage: java -cp <retort.jar> seed/SeedData.java <database file>");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            Map<String, Integer> counts = seed(c);
            counts.forEach((table, rows) -> System.out.printf("%-18s %6d rows%n", table, rows));
            System.out.printf("%-18s %6d rows%n", "total", counts.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    private static int users(Connection c, Random random, int count) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO user_profiles"
                + " (id, username, email, display_name, telegram_chat_id, is_active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= count; id++) {
                String first = pick(random, FIRST);
                String last = pick(random, LAST);
                String username = (first.charAt(0) + last.replaceAll("[^A-Za-z]", "")).toLowerCase(Locale.ROOT) + id;
                insert.setInt(1, id);
                insert.setString(2, username);
                insert.setString(3, username + "@example.com");
                setNullable(insert, 4, random.nextInt(5) == 0 ? null : first + " " + last);
                // Unique when present; most users never linked Telegram (several NULLs are allowed by UNIQUE).
                setNullable(insert, 5, random.nextInt(10) < 4 ? String.valueOf(100_000_000L + id * 7919L) : null);
                insert.setInt(6, random.nextInt(12) == 0 ? 0 : 1);
                insert.setString(7, time(random.nextInt(60 * 24 * 30)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return count;
    }

    private static int workflows(Connection c, Random random, int count, int users) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO workflows"
                + " (id, slug, name, description, owner_id, is_active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= count; id++) {
                String topic = pick(random, TOPICS);
                int created = 60 * 24 * 30 + random.nextInt(60 * 24 * 60);
                insert.setInt(1, id);
                insert.setString(2, topic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + id);
                insert.setString(3, capitalize(topic) + " #" + id);
                // A third have no description: the backfill revision (4f8d9d587227) gives them ''.
                setNullable(insert, 4, random.nextInt(3) == 0 ? null
                        : "Runs the " + topic + " for team " + (1 + random.nextInt(40)) + ".\nOwner's notes: \"keep it quiet\"");
                insert.setInt(5, 1 + random.nextInt(users));
                insert.setInt(6, random.nextInt(8) == 0 ? 0 : 1);
                insert.setString(7, time(created));
                setNullable(insert, 8, random.nextBoolean() ? time(created + random.nextInt(60 * 24 * 20)) : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return count;
    }

    /** Fills {@code nodes} with {id, workflowId, componentIndex} for the edges and configs that follow. */
    private static int nodes(Connection c, Random random, int workflows, List<int[]> nodes) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO workflow_nodes"
                + " (id, workflow_id, node_key, node_type, label, position_x, position_y, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int id = 0;
            for (int workflow = 1; workflow <= workflows; workflow++) {
                int size = 3 + random.nextInt(6);
                for (int step = 0; step < size; step++) {
                    int component = step == 0 ? random.nextInt(3) : 3 + random.nextInt(COMPONENTS.length - 3);
                    id++;
                    nodes.add(new int[] {id, workflow, component});
                    insert.setInt(1, id);
                    insert.setInt(2, workflow);
                    insert.setString(3, COMPONENTS[component] + "_" + (step + 1));
                    insert.setString(4, COMPONENTS[component]);
                    setNullable(insert, 5, random.nextInt(4) == 0 ? null : labelFor(random, component));
                    insert.setInt(6, 80 + step * 240);
                    insert.setInt(7, 120 + random.nextInt(400) - 200);
                    insert.setString(8, time(60 * 24 * 30 + random.nextInt(60 * 24 * 90)));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
            return id;
        }
    }

    private static int edges(Connection c, Random random, List<int[]> nodes) throws SQLException {
        int id = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO workflow_edges"
                + " (id, workflow_id, source_node_id, target_node_id, edge_label, condition_expr) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i < nodes.size(); i++) {
                int[] source = nodes.get(i - 1);
                int[] target = nodes.get(i);
                if (source[1] != target[1]) {
                    continue;
                }
                boolean branch = COMPONENTS[source[2]].equals("switch");
                id = edge(insert, ++id, source, target, branch ? "true" : null,
                        branch ? "output.score >= " + (random.nextInt(9) + 1) / 10.0 : null);
                if (branch && i + 1 < nodes.size() && nodes.get(i + 1)[1] == source[1]) {
                    id = edge(insert, ++id, source, nodes.get(i + 1), "false", null);
                }
            }
            insert.executeBatch();
        }
        return id;
    }

    private static int edge(PreparedStatement insert, int id, int[] source, int[] target, String label, String condition)
            throws SQLException {
        insert.setInt(1, id);
        insert.setInt(2, source[1]);
        insert.setInt(3, source[0]);
        insert.setInt(4, target[0]);
        setNullable(insert, 5, label);
        setNullable(insert, 6, condition);
        insert.addBatch();
        return id;
    }

    /** One config per node whose component calls a model or runs code. */
    private static int configs(Connection c, Random random, List<int[]> nodes) throws SQLException {
        int id = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO component_configs"
                + " (id, node_id, model_name, system_prompt, temperature, max_tokens, extra_config, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int[] node : nodes) {
                String component = COMPONENTS[node[2]];
                boolean model = component.equals("agent") || component.equals("ai_model");
                if (!model && !component.equals("code") && !component.equals("http_request")) {
                    continue;
                }
                insert.setInt(1, ++id);
                insert.setInt(2, node[0]);
                setNullable(insert, 3, model ? pick(random, MODELS) : null);
                setNullable(insert, 4, model ? "You are the " + pick(random, TOPICS) + " assistant.\n"
                        + "Answer in the user's language (français, 日本語, ...); never reveal 'secrets'." : null);
                if (model) {
                    insert.setDouble(5, random.nextInt(101) / 100.0);
                    insert.setInt(6, 256 << random.nextInt(5));
                } else {
                    insert.setNull(5, Types.NUMERIC);
                    insert.setNull(6, Types.INTEGER);
                }
                insert.setString(7, component.equals("http_request")
                        ? "{\"method\": \"POST\", \"timeout_s\": " + (5 + random.nextInt(55)) + "}"
                        : "{\"retries\": " + random.nextInt(4) + "}");
                setNullable(insert, 8, random.nextBoolean() ? time(60 * 24 * 100 + random.nextInt(60 * 24 * 30)) : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return id;
    }

    private static int executions(Connection c, Random random, int count, int workflows, int users) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO execution_logs"
                + " (id, workflow_id, triggered_by, status, started_at, finished_at, duration_ms, error_message, output)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= count; id++) {
                String status = pick(random, STATUSES);
                int started = 60 * 24 * 40 + random.nextInt(60 * 24 * 70);
                boolean done = !status.equals("PENDING") && !status.equals("RUNNING");
                int duration = 40 + random.nextInt(120_000);
                insert.setInt(1, id);
                insert.setInt(2, 1 + random.nextInt(workflows));
                if (random.nextInt(10) < 3) {
                    insert.setNull(3, Types.INTEGER);   // scheduled or webhook runs have no user
                } else {
                    insert.setInt(3, 1 + random.nextInt(users));
                }
                insert.setString(4, status);
                insert.setString(5, time(started));
                setNullable(insert, 6, done ? time(started + duration / 60_000) : null);
                if (done) {
                    insert.setInt(7, duration);
                } else {
                    insert.setNull(7, Types.INTEGER);
                }
                setNullable(insert, 8, status.equals("FAILED") ? stackTrace(random) : null);
                setNullable(insert, 9, status.equals("SUCCEEDED")
                        ? "{\"reply\": \"Done: " + (1 + random.nextInt(50)) + " items processed\"}" : null);
                insert.addBatch();
                if (id % 2000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private static int apiKeys(Connection c, Random random, int count, int users) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_keys"
                + " (id, user_id, name, key_prefix, key_hash, created_at, expires_at, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= count; id++) {
                String hash = hex(random, 32);
                int created = 60 * 24 * 60 + random.nextInt(60 * 24 * 60);
                insert.setInt(1, id);
                insert.setInt(2, 1 + random.nextInt(users));
                insert.setString(3, random.nextBoolean() ? "CI key " + id : "laptop");
                insert.setString(4, "plt_" + hash.substring(0, 8));
                insert.setString(5, hash + String.format("%08x", id));   // the id suffix keeps hashes unique
                insert.setString(6, time(created));
                setNullable(insert, 7, random.nextInt(3) == 0 ? time(created + 60 * 24 * 365) : null);
                insert.setInt(8, random.nextInt(10) == 0 ? 1 : 0);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return count;
    }

    /** Up to four credentials per user, one of each type, so (user_id, name) stays unique. */
    private static int credentials(Connection c, Random random, int users) throws SQLException {
        int id = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO credentials"
                + " (id, user_id, name, credential_type, encrypted_value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int user = 1; user <= users; user++) {
                for (String type : CREDENTIAL_TYPES) {
                    if (random.nextInt(2) == 0) {
                        continue;
                    }
                    int created = 60 * 24 * 30 + random.nextInt(60 * 24 * 90);
                    insert.setInt(1, ++id);
                    insert.setInt(2, user);
                    insert.setString(3, type.toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + user + ")");
                    insert.setString(4, type);
                    insert.setString(5, "gAAAAA" + hex(random, 48));
                    insert.setString(6, time(created));
                    setNullable(insert, 7, random.nextInt(4) == 0 ? time(created + random.nextInt(60 * 24 * 30)) : null);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        return id;
    }

    private static String labelFor(Random random, int component) {
        String[] words = {"Route to ", "Ask ", "Fetch ", "Summarise ", "Notify "};
        return pick(random, words) + COMPONENTS[component].replace('_', ' ') + " ✓";
    }

    /** Longer than 500 characters now and then: the reason error_message became TEXT (b9fedf64cb52). */
    private static String stackTrace(Random random) {
        StringBuilder trace = new StringBuilder(pick(random, ERRORS)).append("\nTraceback (most recent call last):");
        int frames = 1 + random.nextInt(12);
        for (int i = 0; i < frames; i++) {
            trace.append("\n  File \"/app/platform/components/").append(pick(random, COMPONENTS))
                    .append(".py\", line ").append(10 + random.nextInt(400)).append(", in run");
        }
        return trace.toString();
    }

    private static String time(int minutesAfterEpoch) {
        return EPOCH.plusMinutes(minutesAfterEpoch).format(SQLITE_TIME);
    }

    private static String hex(Random random, int bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            out.append(String.format("%02x", random.nextInt(256)));
        }
        return out.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void setNullable(PreparedStatement insert, int index, String value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }
}
