package dev.retort.cli;

import picocli.CommandLine.Command;

import java.util.List;
import java.util.Set;

/**
 * Which verbs a run needs: the one its arguments name, none for {@code --version}, or all when they name none that is
 * known. A verb is found by its class's name ({@code heads}: {@code HeadsCommand}) before any annotation is read:
 * reading one costs a generated proxy class, most of what picocli spends on a verb it never runs.
 */
final class VerbSelection {
    /** Verbs that read the other verbs' definitions. */
    private static final Set<String> NEED_ALL = Set.of("reference", "help");

    private VerbSelection() {
    }

    static List<Class<?>> verbsFor(String[] args, List<Class<?>> verbs) {
        ArgumentScan scan = ArgumentScan.of(args);
        String verb = scan.verb();
        if (verb == null) {
            return scan.version() && !scan.help() ? List.of() : verbs;
        }
        if (NEED_ALL.contains(verb)) {
            return verbs;
        }
        String className = Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + "Command";
        for (Class<?> candidate : verbs) {
            if (candidate.getSimpleName().equals(className) && names(candidate, verb)) {
                return List.of(candidate);
            }
        }
        for (Class<?> candidate : verbs) {
            if (names(candidate, verb)) {
                return List.of(candidate);
            }
        }
        return verbs;
    }

    private static boolean names(Class<?> candidate, String verb) {
        Command command = candidate.getAnnotation(Command.class);
        return command != null && (command.name().equals(verb) || List.of(command.aliases()).contains(verb));
    }
}
