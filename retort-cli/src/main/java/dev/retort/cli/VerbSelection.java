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
    /** Global options that take a value, so the value is not taken for the verb. */
    private static final Set<String> WITH_VALUE = Set.of("-c", "--config", "--url");
    /** Verbs that read the other verbs' definitions. */
    private static final Set<String> NEED_ALL = Set.of("reference", "help");
    private static final Set<String> VERSION = Set.of("-V", "--version");
    private static final Set<String> HELP = Set.of("-h", "--help");

    private VerbSelection() {
    }

    static List<Class<?>> verbsFor(String[] args, List<Class<?>> verbs) {
        String verb = null;
        boolean version = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                verb = arg;
                break;
            }
            version |= VERSION.contains(arg);
            help |= HELP.contains(arg);
        }
        if (verb == null) {
            return version && !help ? List.of() : verbs;
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
