package dev.retort.architecture;

import dev.retort.api.Retort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape DESIGN.md gives the library, checked over its compiled classes: generic code decides by
 * capability, never by a dialect's name; the packages depend one way; every dialect has the same class set.
 */
class ArchitectureTest {
    private static final String DIALECTS = "dev.retort.dialect.";
    /** Every dialect package has a class of each of these names, after its prefix ({@code Sqlite}, ...). */
    static final List<String> COMMON_CLASSES = List.of("Provider", "Dialect", "Inspector", "DdlRenderer", "DiffHooks",
            "Types", "RevisionTransaction", "Scratch", "RehearsalDatabase");
    private static final Pattern DIALECT_NAME = Pattern.compile("(?i)sqlite|postgres|mysql|mariadb");

    private static List<CompiledClass> classes;

    @BeforeAll
    static void readClasses() throws IOException, URISyntaxException {
        classes = readAll(Path.of(Retort.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    static List<CompiledClass> readAll(Path root) throws IOException {
        List<CompiledClass> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (!file.getFileName().toString().equals("package-info.class")) {
                    found.add(CompiledClass.read(file));
                }
            }
        }
        return found;
    }

    /** The dialect a package belongs to ({@code dev.retort.dialect.sqlite.rebuild} to sqlite), or null. */
    static String dialectOf(String packageName) {
        if (!packageName.startsWith(DIALECTS)) {
            return null;
        }
        String rest = packageName.substring(DIALECTS.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean mayNameDialects(CompiledClass c) {
        return dialectOf(c.packageName()) != null || c.packageName().equals("dev.retort.config");
    }

    @Test
    void readsTheLibrary() {
        assertTrue(classes.size() > 100, "found " + classes.size() + " classes");
        assertTrue(classes.stream().anyMatch(c -> c.name().equals("dev.retort.dialect.sqlite.SqliteDialect")));
    }

    @Test
    void noClassOutsideTheDialectsNamesOne() {
        Map<String, Set<String>> naming = new TreeMap<>();
        for (CompiledClass c : classes) {
            if (!mayNameDialects(c)) {
                for (String text : c.texts()) {
                    if (DIALECT_NAME.matcher(text).find()) {
                        naming.computeIfAbsent(c.name(), k -> new TreeSet<>()).add(text);
                    }
                }
            }
        }
        assertEquals(Map.of(), naming, "generic code names a dialect; ask the dialect (a capability, its name) instead");
    }

    @Test
    void noClassOutsideADialectImportsOne() {
        Map<String, Set<String>> importing = new TreeMap<>();
        for (CompiledClass c : classes) {
            String own = dialectOf(c.packageName());
            for (String used : c.referencedPackages()) {
                String dialect = dialectOf(used);
                if (dialect != null && !dialect.equals(own)) {
                    importing.computeIfAbsent(c.name(), k -> new TreeSet<>()).add(used);
                }
            }
        }
        assertEquals(Map.of(), importing, "dialects are found through ServiceLoader, never imported");
    }

    @Test
    void packagesFormNoCycle() {
        assertEquals(List.of(), cycles(dependencies(classes)), "packages that depend on each other");
    }

    @Test
    void everyDialectHasTheCommonClasses() {
        Set<String> dialectPackages = new TreeSet<>();
        classes.stream().map(CompiledClass::packageName).filter(p -> dialectOf(p) != null && dialectOf(p).equals(
                p.substring(DIALECTS.length()))).forEach(dialectPackages::add);
        assertEquals(Set.of("dev.retort.dialect.mysql", "dev.retort.dialect.postgres", "dev.retort.dialect.sqlite"),
                dialectPackages);
        Map<String, List<String>> missing = new TreeMap<>();
        for (String dialectPackage : dialectPackages) {
            List<String> names = classes.stream().filter(c -> c.packageName().equals(dialectPackage))
                    .map(c -> c.name().substring(dialectPackage.length() + 1)).toList();
            String prefix = names.stream().filter(n -> n.endsWith("Provider")).findFirst()
                    .map(n -> n.substring(0, n.length() - "Provider".length())).orElse("?");
            List<String> absent = COMMON_CLASSES.stream().map(suffix -> prefix + suffix).filter(n -> !names.contains(n)).toList();
            if (!absent.isEmpty()) {
                missing.put(dialectPackage, absent);
            }
        }
        assertEquals(Map.of(), missing, "each dialect package has the same class set");
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
        assertFalse(DIALECT_NAME.matcher("dev/retort/spi/Capability").find());
        assertTrue(DIALECT_NAME.matcher("jdbc:sqlite:").find());
    }

    static Map<String, Set<String>> dependencies(List<CompiledClass> classes) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (CompiledClass c : classes) {
            graph.computeIfAbsent(c.packageName(), k -> new TreeSet<>()).addAll(c.referencedPackages());
        }
        return graph;
    }

    /** The strongly connected groups of more than one package (Tarjan), each sorted, in sorted order. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String node : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, found, counter);
            }
        }
        found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> found, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, found, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> group = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(node));
            if (group.size() > 1) {
                group.sort(String::compareTo);
                found.add(group);
            }
        }
    }
}
