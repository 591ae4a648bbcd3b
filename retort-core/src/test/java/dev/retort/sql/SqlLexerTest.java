package dev.retort.sql;

import dev.retort.sql.SqlLexer.Kind;
import dev.retort.sql.SqlLexer.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlLexerTest {
    private static final SqlFlavor BACKSLASHES = new SqlFlavor(false, true, true, true, false);
    private static final SqlFlavor PLAIN = new SqlFlavor(false, false, false, false, false);

    /** Text in, the significant tokens out as KIND:text, for each flavor that reads it differently. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(SqlFlavor.ANY, "SELECT 'a;b' FROM t", List.of("WORD:SELECT", "STRING:'a;b'", "WORD:FROM", "WORD:t")),
                Arguments.of(SqlFlavor.ANY, "'it''s'", List.of("STRING:'it''s'")),
                Arguments.of(SqlFlavor.ANY, "\"a \"\"b\"\"\" [c d] `e`", List.of("QUOTED:\"a \"\"b\"\"\"", "QUOTED:[c d]", "QUOTED:`e`")),
                Arguments.of(PLAIN, "a[1]", List.of("WORD:a", "PUNCT:[", "NUMBER:1", "PUNCT:]")),
                Arguments.of(SqlFlavor.ANY, "x -- c'omment\n y /* ; */ z", List.of("WORD:x", "WORD:y", "WORD:z")),
                Arguments.of(SqlFlavor.ANY, "$$ a ; ' $$ $body$ x $$ y $body$", List.of("DOLLAR_QUOTED:$$ a ; ' $$",
                        "DOLLAR_QUOTED:$body$ x $$ y $body$")),
                Arguments.of(SqlFlavor.ANY, "$1 + a$b", List.of("PUNCT:$", "NUMBER:1", "PUNCT:+", "WORD:a$b")),
                Arguments.of(SqlFlavor.ANY, "E'a\\'b' X'00'", List.of("STRING:E'a\\'b'", "STRING:X'00'")),
                Arguments.of(PLAIN, "'a\\'", List.of("STRING:'a\\'")),
                Arguments.of(BACKSLASHES, "'a\\'b' # comment ; here\nc", List.of("STRING:'a\\'b'", "WORD:c")),
                Arguments.of(BACKSLASHES, "/*!40101 SET x = 1 */;", List.of("EXECUTABLE_COMMENT:/*!40101 SET x = 1 */", "PUNCT:;")),
                Arguments.of(SqlFlavor.ANY, "a::text >= 1.5e-3 <> b || c", List.of("WORD:a", "PUNCT:::", "WORD:text",
                        "PUNCT:>=", "NUMBER:1.5e-3", "PUNCT:<>", "WORD:b", "PUNCT:||", "WORD:c")),
                Arguments.of(SqlFlavor.ANY, "'never closed", List.of("STRING:'never closed")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void readsEachFormAsTheDatabaseDoes(SqlFlavor flavor, String sql, List<String> expected) {
        assertEquals(expected, SqlLexer.significant(sql, flavor).stream().map(t -> t.kind() + ":" + t.text()).toList());
    }

    @Test
    void tokensCoverTheTextExactly() {
        String sql = "CREATE TABLE \"t\" ( -- the table\n  a INT /* x */ DEFAULT 'y' );";
        StringBuilder rebuilt = new StringBuilder();
        int position = 0;
        for (Token token : SqlLexer.tokens(sql, SqlFlavor.ANY)) {
            assertEquals(position, token.start());
            assertEquals(sql.substring(token.start(), token.end()), token.text());
            rebuilt.append(token.text());
            position = token.end();
        }
        assertEquals(sql, rebuilt.toString());
    }

    @Test
    void namesAreUnquotedAndStatementsFitOnOneLine() {
        List<Token> names = SqlLexer.significant("\"a\"\"b\" [c] `d` e", SqlFlavor.ANY);
        assertEquals(List.of("a\"b", "c", "d", "e"), names.stream().map(Token::identifier).toList());
        assertEquals(Kind.QUOTED, names.get(0).kind());
        assertEquals("ALTER TABLE t ADD c INT DEFAULT 'a  b'",
                SqlLexer.oneLine("ALTER  TABLE t -- why\n ADD /* c */ c\tINT DEFAULT 'a  b'", SqlFlavor.ANY));
        assertEquals(10, SqlLexer.closingQuote("x = 'a''b' y", 4, SqlFlavor.ANY), "just past the closing quote");
    }
}
