package dev.retort.verify.rehearsal;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/** A project in a temporary directory: revision files, a SQLite file, and a Retort for them. */
final class RehearsalFixture {
    final Path dir;
    final Path database;
    final Retort retort;

    RehearsalFixture(Path dir) {
        this.dir = dir;
        this.database = dir.resolve("app.sqlite3");
        this.retort = Retort.open(RetortConfig.builder().projectDir(dir).url("jdbc:sqlite:" + database).build());
    }

    void revision(String id, String parents, String message, String upgrade, String downgrade) {
        String source = "// Revision: " + id + "\n// Revises: " + parents + "\n// Message: " + message + "\n\n"
                + "import dev.retort.ops.*;\nimport dev.retort.schema.*;\n"
                + "import static dev.retort.ops.Dsl.*;\nimport static dev.retort.schema.Types.*;\n\n"
                + "class Revision_" + id + " implements Migration {\n"
                + "    public void upgrade(Ops op) {\n        " + upgrade + "\n    }\n"
                + "    public void downgrade(Ops op) {\n        " + downgrade + "\n    }\n}\n";
        try {
            Path versions = dir.resolve("migrations/versions");
            Files.createDirectories(versions);
            Files.writeString(versions.resolve(id + ".java"), source);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** users and posts (posts.user_id references users), applied and filled with rows. */
    void usersAndPostsWithRows() throws SQLException {
        revision("000000000001", "", "create users and posts",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey(), column(\"name\", string(50)));"
                        + " op.createTable(\"posts\", column(\"id\", INTEGER).primaryKey(),"
                        + " column(\"user_id\", INTEGER).notNull().references(\"users\", \"id\"));"
                        + " op.createTable(\"audit\", column(\"id\", INTEGER).primaryKey());",
                "op.dropTable(\"audit\"); op.dropTable(\"posts\"); op.dropTable(\"users\");");
        retort.upgrade("head");
        sql("INSERT INTO users VALUES (1, 'ada'), (2, 'bob')", "INSERT INTO posts VALUES (1, 1), (2, 1), (3, 2)",
                "INSERT INTO audit VALUES (1), (2), (3)");
    }

    void sql(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    long count(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String sha256() throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(database)));
    }

    static RevisionResult result(RehearsalReport report, String id) {
        return report.revisions().stream().filter(r -> r.revision().equals(id)).findFirst().orElseThrow();
    }
}
