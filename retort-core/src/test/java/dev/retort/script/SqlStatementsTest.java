package dev.retort.script;

import dev.retort.sql.SqlFlavor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlStatementsTest {
    private static final SqlFlavor MYSQL = new SqlFlavor(false, true, true, true, false);

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("CREATE TABLE a (x INT); CREATE TABLE b (y INT);",
                        List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)")),
                Arguments.of("INSERT INTO t VALUES ('a;b', \"c;d\", `e;f`, [g;h]);",
                        List.of("INSERT INTO t VALUES ('a;b', \"c;d\", `e;f`, [g;h])")),
                Arguments.of("-- a comment; with a semicolon\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                                + "  UPDATE t SET n = CASE WHEN n > 0 THEN 1 ELSE 0 END;\n  DELETE FROM u;\nEND;\nSELECT 1;",
                        List.of("-- a comment; with a semicolon\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                                + "  UPDATE t SET n = CASE WHEN n > 0 THEN 1 ELSE 0 END;\n  DELETE FROM u;\nEND", "SELECT 1")),
                Arguments.of("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN\n  IF NEW.a > 0 THEN\n"
                                + "    SET NEW.b = IF(NEW.c, 1, 2);\n    CASE NEW.d WHEN 1 THEN SET NEW.e = 1; ELSE SET NEW.e = 2; END CASE;\n"
                                + "  END IF;\nEND;\nDROP TABLE x;",
                        List.of("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN\n  IF NEW.a > 0 THEN\n"
                                + "    SET NEW.b = IF(NEW.c, 1, 2);\n    CASE NEW.d WHEN 1 THEN SET NEW.e = 1; ELSE SET NEW.e = 2; END CASE;\n"
                                + "  END IF;\nEND", "DROP TABLE x")),
                Arguments.of("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.a := 1; RETURN NEW; END; $$ LANGUAGE plpgsql;"
                                + " BEGIN; COMMIT;",
                        List.of("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.a := 1; RETURN NEW; END; $$ LANGUAGE plpgsql",
                                "BEGIN", "COMMIT")),
                Arguments.of("/*!40101 SET @OLD = @@CHARACTER_SET_CLIENT */;\n/* only a comment */;\n-- and another\n",
                        List.of("/*!40101 SET @OLD = @@CHARACTER_SET_CLIENT */")),
                Arguments.of("SELECT 1;;  ;\nSELECT 2", List.of("SELECT 1", "SELECT 2")),
                // A comment line before CREATE TRIGGER stays with it and does not hide the body from the splitter.
                Arguments.of("CREATE TABLE t (a INT);\n-- keep the counts; in step\nCREATE TRIGGER t_ai AFTER INSERT ON t\n"
                                + "BEGIN\n  UPDATE c SET n = n + 1;\n  SELECT CASE WHEN new.a > 0 THEN 'p;' ELSE 'n' END;\nEND;",
                        List.of("CREATE TABLE t (a INT)", "-- keep the counts; in step\nCREATE TRIGGER t_ai AFTER INSERT ON t\n"
                                + "BEGIN\n  UPDATE c SET n = n + 1;\n  SELECT CASE WHEN new.a > 0 THEN 'p;' ELSE 'n' END;\nEND")),
                // IF inside CASE inside IF inside BEGIN, and a label loop.
                Arguments.of("CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW BEGIN\n"
                                + "  IF NEW.a IS NULL THEN\n    CASE WHEN NEW.b > 0 THEN\n      IF NEW.c THEN SET NEW.a = 1; END IF;\n"
                                + "    ELSE SET NEW.a = 2;\n    END CASE;\n  ELSEIF NEW.a < 0 THEN SET NEW.a = 0;\n  END IF;\n"
                                + "  l: LOOP LEAVE l; END LOOP l;\nEND;\nSELECT 3;",
                        List.of("CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW BEGIN\n"
                                + "  IF NEW.a IS NULL THEN\n    CASE WHEN NEW.b > 0 THEN\n      IF NEW.c THEN SET NEW.a = 1; END IF;\n"
                                + "    ELSE SET NEW.a = 2;\n    END CASE;\n  ELSEIF NEW.a < 0 THEN SET NEW.a = 0;\n  END IF;\n"
                                + "  l: LOOP LEAVE l; END LOOP l;\nEND", "SELECT 3")),
                // Dollar quotes with a tag, a body holding $$ and BEGIN ... END; and a DO block.
                Arguments.of("CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $fn$\nBEGIN\n  RAISE NOTICE '$$;';\n"
                                + "  RETURN 1;\nEND;\n$fn$;\nDO $$ BEGIN PERFORM g(); END $$;",
                        List.of("CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $fn$\nBEGIN\n  RAISE NOTICE '$$;';\n"
                                + "  RETURN 1;\nEND;\n$fn$", "DO $$ BEGIN PERFORM g(); END $$")),
                // mysqldump's executable comments around statements and inside them.
                Arguments.of("/*!40101 SET NAMES utf8mb4 */;\n/*!40014 SET @OLD_FK=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n"
                                + "CREATE TABLE `a` (`x` int) /*!50100 PARTITION BY HASH (x) PARTITIONS 2 */;\n"
                                + "/*!40101 SET character_set_client = @saved_cs_client */;",
                        List.of("/*!40101 SET NAMES utf8mb4 */", "/*!40014 SET @OLD_FK=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */",
                                "CREATE TABLE `a` (`x` int) /*!50100 PARTITION BY HASH (x) PARTITIONS 2 */",
                                "/*!40101 SET character_set_client = @saved_cs_client */")),
                // BEGIN outside a body is a transaction: it ends at its semicolon.
                Arguments.of("BEGIN TRANSACTION;\nINSERT INTO t VALUES (1);\nCOMMIT;",
                        List.of("BEGIN TRANSACTION", "INSERT INTO t VALUES (1)", "COMMIT")));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("scripts")
    void splitsAtTopLevelSemicolonsOnly(String script, List<String> expected) {
        assertEquals(expected, SqlStatements.split(script));
    }

    @Test
    void mysqlStringsWithBackslashEscapesSplitWhereMysqlDoes() {
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s; fine')", "SELECT 2 # done; really"),
                SqlStatements.split("INSERT INTO t VALUES ('it\\'s; fine'); SELECT 2 # done; really", MYSQL));
    }

    /** Pieces a statement is made of, each with a semicolon where a naive splitter would cut. */
    private static final String[] PIECES = {"'a;b'", "'it''s; ok'", "\"col;x\"", "`tick;y`", "[br;z]", "$$ x; y $$",
            "$tag$ ; $$ ; $tag$", "/* c; d */", "(1, 2)", "CASE WHEN a THEN 'b;' ELSE c END", "x", "42", "-- note; here\n"};
    private static final String[] GAPS = {" ", "\n", "\n-- between; statements\n", " /* gap; */ ", "\t"};

    @Test
    void randomStatementsWithCommentsAndQuotesSplitBackToThemselves() {
        Random random = new Random(20261203L);
        for (int round = 0; round < 500; round++) {
            List<String> statements = new ArrayList<>();
            StringBuilder script = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int s = 0; s < count; s++) {
                StringBuilder statement = new StringBuilder(random.nextBoolean() ? "SELECT " : "INSERT INTO t VALUES ");
                int parts = 1 + random.nextInt(5);
                for (int p = 0; p < parts; p++) {
                    statement.append(PIECES[random.nextInt(PIECES.length)]).append(p + 1 < parts ? " " : "");
                }
                if (random.nextInt(4) == 0 || statement.charAt(statement.length() - 1) == '\n') {
                    // A line comment cannot end a statement: the semicolon after it would be commented out.
                    statement.append(" FROM x WHERE y = 1");
                }
                String text = statement.toString().strip();
                statements.add(text);
                script.append(text).append(";").append(GAPS[random.nextInt(GAPS.length)]);
            }
            List<String> split = SqlStatements.split(script.toString());
            List<String> expected = new ArrayList<>();
            // A comment in the gap before a statement belongs to the statement that follows it.
            for (int i = 0; i < statements.size(); i++) {
                expected.add(i == 0 ? statements.get(0) : leadingGap(script.toString(), statements, i) + statements.get(i));
            }
            assertEquals(expected, split, "round " + round + ": " + script);
        }
    }

    /** Statements whose own semicolons a splitter must keep: bodies, dollar quotes, executable comments. */
    private static String bodyStatement(Random random) {
        String[] bodyParts = {"SET NEW.a = 1;", "UPDATE c SET n = n + 1 WHERE k = 'x;y';",
                "IF NEW.b > 0 THEN SET NEW.c = 'gt;'; ELSE SET NEW.c = 'le'; END IF;",
                "CASE NEW.d WHEN 1 THEN SET NEW.e = 1; ELSE BEGIN SET NEW.e = 2; END; END CASE;",
                "SELECT CASE WHEN new.a THEN 1 ELSE 0 END;", "INSERT INTO log VALUES (\"q;\", /* in; body */ 2);"};
        switch (random.nextInt(4)) {
            case 0 -> {
                StringBuilder body = new StringBuilder("CREATE TRIGGER tr" + random.nextInt(99)
                        + " BEFORE INSERT ON t FOR EACH ROW BEGIN\n");
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    body.append("  ").append(bodyParts[random.nextInt(bodyParts.length)]).append('\n');
                }
                return body.append("END").toString();
            }
            case 1 -> {
                String tag = random.nextBoolean() ? "$$" : "$body$";
                return "CREATE FUNCTION f" + random.nextInt(99) + "() RETURNS trigger LANGUAGE plpgsql AS " + tag
                        + " BEGIN " + bodyParts[random.nextInt(bodyParts.length)] + " RETURN NEW; END; " + tag;
            }
            case 2 -> {
                return "/*!4010" + random.nextInt(10) + " SET @x" + random.nextInt(9) + " = 'a;b' */";
            }
            default -> {
                return "CREATE TABLE t" + random.nextInt(99) + " (a INT /* a; */, b TEXT DEFAULT 'x;') /*!50100 ENGINE=InnoDB */";
            }
        }
    }

    @Test
    void randomBodiesDollarQuotesAndExecutableCommentsSplitBackToThemselves() {
        Random random = new Random(12L);
        for (int round = 0; round < 500; round++) {
            List<String> statements = new ArrayList<>();
            StringBuilder script = new StringBuilder();
            for (int s = 0, count = 1 + random.nextInt(6); s < count; s++) {
                String text = random.nextBoolean() ? bodyStatement(random) : "SELECT 'x;' FROM t WHERE a = \"b;\"";
                statements.add(text);
                script.append(text).append(";").append(GAPS[random.nextInt(GAPS.length)]);
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                expected.add(i == 0 ? statements.get(0) : leadingGap(script.toString(), statements, i) + statements.get(i));
            }
            assertEquals(expected, SqlStatements.split(script.toString()), "round " + round + ": " + script);
        }
    }

    /** What stands between statement i-1's semicolon and statement i, when it is a comment: kept with statement i. */
    private static String leadingGap(String script, List<String> statements, int i) {
        int from = 0;
        for (int s = 0; s < i; s++) {
            from = script.indexOf(statements.get(s), from) + statements.get(s).length() + 1;
        }
        int to = script.indexOf(statements.get(i), from);
        String gap = script.substring(from, to).strip();
        return gap.isEmpty() ? "" : gap + (gap.startsWith("--") ? "\n" : " ");
    }
}
