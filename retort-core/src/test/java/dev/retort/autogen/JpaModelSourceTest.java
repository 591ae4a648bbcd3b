package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.BLOB;
import static dev.retort.schema.Types.BOOLEAN;
import static dev.retort.schema.Types.DATE;
import static dev.retort.schema.Types.DOUBLE;
import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.REAL;
import static dev.retort.schema.Types.TEXT;
import static dev.retort.schema.Types.TIMESTAMP;
import static dev.retort.schema.Types.UUID;
import static dev.retort.schema.Types.numeric;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JpaModelSourceTest {
    @TempDir
    Path dir;

    static void write(Path dir, String file, String source) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, source);
    }

    /** A small workflow platform: a mapped superclass, a relationship with ON DELETE, enums, lobs, indexes. */
    static void writePlatform(Path models) throws IOException {
        write(models, "platform/BaseEntity.java", """
                package platform;

                import jakarta.persistence.*;
                import java.time.Instant;

                @MappedSuperclass
                public abstract class BaseEntity {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false) Instant createdAt;
                }
                """);
        write(models, "platform/UserProfile.java", """
                package platform;

                import jakarta.persistence.*;
                import java.time.LocalDate;
                import java.util.List;
                import java.util.UUID;

                @Entity
                public class UserProfile {
                    @Id Long id;
                    @Column(unique = true, length = 320) String email;
                    LocalDate born;
                    UUID apiToken;
                    byte[] avatar;
                    double score;
                    Float ratio;
                    int logins;
                    @OneToMany(mappedBy = "owner") List<Workflow> workflows;
                    static int instances;
                    transient String cached;
                }
                """);
        write(models, "platform/Workflow.java", """
                package platform;

                import jakarta.persistence.*;
                import java.math.BigDecimal;

                @Entity
                @Table(name = "workflows",
                        indexes = {@Index(name = "ix_workflows_owner", columnList = "owner_id, created_at DESC"),
                                   @Index(columnList = "kind", unique = true)},
                        uniqueConstraints = @UniqueConstraint(name = "uq_workflows_slug", columnNames = {"slug"}))
                public class Workflow extends BaseEntity {
                    public enum Kind { BATCH, STREAM }

                    @Column(nullable = false, length = 100) String name;
                    String slug;
                    @Column(columnDefinition = "VARCHAR(20) NOT NULL DEFAULT 'draft'") String status;
                    @Enumerated(EnumType.STRING) @Column(length = 16) Kind kind;
                    Kind legacyKind;
                    @Lob String description;
                    @Column(precision = 10, scale = 2) BigDecimal budget;
                    boolean archived;
                    @Transient String scratch;
                    @ManyToOne(optional = false)
                    @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "fk_workflows_owner",
                            foreignKeyDefinition = "FOREIGN KEY (owner_id) REFERENCES user_profile (id) ON DELETE CASCADE"))
                    UserProfile owner;
                }
                """);
        write(models, "platform/WorkflowNode.java", """
                package platform;

                import jakarta.persistence.*;
                import java.time.OffsetDateTime;

                @Entity
                public class WorkflowNode {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                    @ManyToOne Workflow workflow;
                    OffsetDateTime updatedAt;
                    @Lob byte[] payload;
                }
                """);
    }

    static Column col(String name, dev.retort.schema.ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, false, false, false, null);
    }

    @Test
    void readsEntitiesIntoTheSchemaTheyDescribe() throws IOException {
        writePlatform(dir);
        Schema schema = new JpaModelSource(dir).load();

        Table users = new Table("user_profile", List.of(
                col("id", BIGINT, false), col("email", string(320), true), col("born", DATE, true),
                col("api_token", UUID, true), col("avatar", BLOB, true), col("score", DOUBLE, false),
                col("ratio", REAL, true), col("logins", INTEGER, false)),
                new PrimaryKey(null, List.of("id")), List.of(new UniqueConstraint(null, List.of("email"))),
                List.of(), List.of(), List.of());
        Table workflows = new Table("workflows", List.of(
                new Column("id", BIGINT, false, null, true, false, false, null),
                col("created_at", TIMESTAMP, false), col("name", string(100), false), col("slug", string(255), true),
                new Column("status", string(20), false, "'draft'", false, false, false, null),
                col("kind", string(16), true), col("legacy_kind", INTEGER, true), col("description", TEXT, true),
                col("budget", numeric(10, 2), true), col("archived", BOOLEAN, false), col("owner_id", BIGINT, false)),
                new PrimaryKey(null, List.of("id")), List.of(new UniqueConstraint("uq_workflows_slug", List.of("slug"))),
                List.of(new ForeignKey("fk_workflows_owner", List.of("owner_id"), "user_profile", List.of("id"),
                        FkAction.CASCADE, FkAction.NO_ACTION)),
                List.of(CheckConstraint.check("kind IN ('BATCH','STREAM')"),
                        CheckConstraint.check("legacy_kind BETWEEN 0 AND 1")), List.of(new Index("ix_workflows_owner", "workflows", List.of("owner_id", "created_at"), false, null),
                        new Index("ix_workflows_kind", "workflows", List.of("kind"), true, null)));
        Table nodes = new Table("workflow_node", List.of(
                new Column("id", INTEGER, false, null, true, false, false, null),
                col("workflow_id", BIGINT, true), col("updated_at", TIMESTAMP, true), col("payload", BLOB, true)),
                new PrimaryKey(null, List.of("id")), List.of(),
                List.of(new ForeignKey(null, List.of("workflow_id"), "workflows", List.of("id"), null, null)),
                List.of(), List.of());
        assertEquals(List.of(users, nodes, workflows), schema.tables());
    }

    @Test
    void aCompileErrorNamesTheFileAndLine() throws IOException {
        write(dir, "Broken.java", """
                import jakarta.persistence.*;

                @Entity public class Broken { @Id Long id; NoSuchType oops; }
                """);
        RetortException e = assertThrows(RetortException.class, () -> new JpaModelSource(dir).load());
        assertTrue(e.getMessage().contains("Broken.java:3"), e.getMessage());
    }

    @Test
    void aFieldOfUnknownTypeNamesTheFieldAndTheFix() throws IOException {
        write(dir, "Odd.java", """
                import jakarta.persistence.*;

                @Entity public class Odd { @Id Long id; java.time.Duration timeout; }
                """);
        RetortException e = assertThrows(RetortException.class, () -> new JpaModelSource(dir).load());
        assertEquals("Odd.timeout: Retort cannot tell the column type of java.time.Duration; give the field"
                + " @Column(columnDefinition = \"<SQL type>\") or mark it @Transient", e.getMessage());
    }

    @Test
    void aRelationshipToAClassOutsideTheModelsIsAnError() throws IOException {
        write(dir, "Lonely.java", """
                import jakarta.persistence.*;

                @Entity public class Lonely { @Id Long id; @ManyToOne Helper helper; }
                class Helper { Long id; }
                """);
        RetortException e = assertThrows(RetortException.class, () -> new JpaModelSource(dir).load());
        assertEquals("Lonely.helper refers to Helper, which is not an @Entity among the models; add it to the"
                + " models directory", e.getMessage());
    }

    @Test
    void anEmbeddedIdAndTheConverterTypeAreRead() throws IOException {
        write(dir, "m/Membership.java", """
                package m;

                import jakarta.persistence.*;

                @Entity @Table(name = "memberships")
                public class Membership {
                    @EmbeddedId Key key;
                    @Convert(converter = YesNo.class) Boolean active;
                    @Column(columnDefinition = "decimal(8, 3) default (0)") java.math.BigDecimal weight;

                    @Embeddable public static class Key implements java.io.Serializable {
                        Long userId;
                        @Column(name = "acct") Long accountId;
                    }
                }
                """);
        write(dir, "m/YesNo.java", """
                package m;

                import jakarta.persistence.*;

                @Converter public class YesNo implements AttributeConverter<Boolean, String> {
                    public String convertToDatabaseColumn(Boolean b) { return b ? "Y" : "N"; }
                    public Boolean convertToEntityAttribute(String s) { return "Y".equals(s); }
                }
                """);
        Table t = new JpaModelSource(dir).load().table("memberships").orElseThrow();
        assertEquals(List.of(col("user_id", BIGINT, false), col("acct", BIGINT, false), col("active", string(255), true),
                new Column("weight", numeric(8, 3), true, "(0)", false, false, false, null)), t.columns());
        assertEquals(new PrimaryKey(null, List.of("user_id", "acct")), t.primaryKey());
    }

    @Test
    void snakeCase() {
        assertEquals("workflow_node", JavaToSqlNames.snakeCase("WorkflowNode"));
        assertEquals("http_request_log", JavaToSqlNames.snakeCase("HTTPRequestLog"));
        assertEquals("token_count2", JavaToSqlNames.snakeCase("tokenCount2"));
        assertEquals("field2_name", JavaToSqlNames.snakeCase("field2Name"));
        assertEquals("already_snake", JavaToSqlNames.snakeCase("already_snake"));
    }
}
