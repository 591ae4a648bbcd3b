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

    /** The forms Alembic adds: LABEL@base, LABEL@REV, REV@head, and +N/-N after any symbol. */
    @Test
    void branchQualifiedSymbols() {
        assertEquals(new Target.Base("core"), parse("core@base"));
        assertEquals(new Target.Heads("core"), parse("core@heads"));
        assertEquals(new Target.Named("core", "ae10"), parse("core@ae10"));
        assertEquals(new Target.BranchHead("ae10"), parse("ae10@head"));
        assertEquals(new Target.FromRevision("core", "head", -1), parse("core@head-1"));
        assertEquals(new Target.FromRevision("core", "base", 2), parse("core@base+2"));
        assertEquals(new Target.FromRevision("core", "ae10", 1), parse("core@ae10+1"));
        assertEquals(new Target.FromRevision("head", -2), parse("head-2"));
        assertEquals(new Target.FromRevision("base", 3), parse("base+3"));
        assertEquals(new Target.Named("core", "v-2"), parse("core@v-2"));
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
        assertEquals("'core@' is not a target; after '@' write head, heads, base, a revision, +N or -N",
                assertThrows(InvalidTargetException.class, () -> parse("core@")).getMessage());
        assertThrows(InvalidTargetException.class, () -> parse("a@b@head"));
        assertEquals("'+99999999999' asks for too many steps",
                assertThrows(InvalidTargetException.class, () -> parse("+99999999999")).getMessage());
    }
}
