package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetTest {

    private static Target parse(String spec) {
        return Target.parse(spec, Set.of("v-2", "abc")::contains);
    }

    @Test
    void keywords() {
        assertEquals(new Target.Base(), parse("base"));
        assertEquals(new Target.Head(), parse("head"));
        assertEquals(new Target.Heads(), parse(" heads "));
    }

    @Test
    void relativeToTheDatabase() {
        assertEquals(new Target.Relative(null, 2), parse("+2"));
        assertEquals(new Target.Relative(null, -1), parse("-1"));
        assertEquals(new Target.Relative(null, 0), parse("+0"));
    }

    @Test
    void branchForms() {
        assertEquals(new Target.BranchHead("core"), parse("core@head"));
        assertEquals(new Target.Relative("core", 3), parse("core@+3"));
        assertEquals(new Target.Relative("core", -2), parse("core@-2"));
    }

    @Test
    void revisionPlusMinusN() {
        assertEquals(new Target.FromRevision("ae10", 2), parse("ae10+2"));
        assertEquals(new Target.FromRevision("ae10", -12), parse("ae10-12"));
        assertEquals(new Target.FromRevision("rel-1", 1), parse("rel-1+1"));
    }

    @Test
    void exactNamesAreNotSplit() {
        assertEquals(new Target.Named("v-2"), parse("v-2"));
        assertEquals(new Target.Named("abc"), parse("abc"));
        assertEquals(new Target.Named("ab1"), parse("ab1"));
    }

    @Test
    void malformed() {
        assertEquals("the target is empty; give a revision, head, heads, base, +N or -N",
                assertThrows(InvalidTargetException.class, () -> parse(" ")).getMessage());
        assertThrows(InvalidTargetException.class, () -> parse(null));
        assertEquals("'@head' names no branch before '@'; write LABEL@head, LABEL@+N or LABEL@-N",
                assertThrows(InvalidTargetException.class, () -> parse("@head")).getMessage());
        assertEquals("'core@base' is not a target; after '@' write head, +N or -N",
                assertThrows(InvalidTargetException.class, () -> parse("core@base")).getMessage());
        assertEquals("'+99999999999' asks for too many steps",
                assertThrows(InvalidTargetException.class, () -> parse("+99999999999")).getMessage());
    }
}
