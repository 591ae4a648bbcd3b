package dev.retort.cli;

import picocli.CommandLine.Command;

import java.util.List;
import java.util.Set;

/** Which verbs a run needs: the one its arguments name, or all when they name none that is known. */
final class VerbSelection {
    /** Global options that take a value, so the value is not taken for the verb. */
    private static final Set<String> WITH_VALUE = Set.of("-c", "--config", "--url");
    /** Verbs that read the other verbs' definitions. */
    private static final Set<String> NEED_ALL = Set.of("reference", "help");

    private VerbSelection() {
    }

    static List<Class<?>> verbsFor(String[] args, List<Class<?>> verbs) {
        String verb = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                verb = arg;
                break;
            }
        }
        if (verb == null || NEED_ALL.contains(verb)) {
            return verbs;
        }
        for (Class<?> candidate : verbs) {
            Command command = candidate.getAnnotation(Command.class);
            if (command != null && (command.name().equals(verb) || List.of(command.aliases()).contains(verb))) {
                return List.of(candidate);
            }
        }
        return verbs;
    }
}
