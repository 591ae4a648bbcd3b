package dev.retort.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code java} (this JDK's) and {@code retort} (the CLI's jar) the way a reader of the guide does. */
final class Commands {
    static final Path RETORT_JAR = Path.of(System.getProperty("retort.jar", "../retort-cli/target/retort.jar"))
            .toAbsolutePath().normalize();

    private Commands() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a documented command: {@code mvn}, {@code java} or {@code retort}. */
    static Maven.Result run(Path dir, String program, List<String> args) throws IOException, InterruptedException {
        return switch (program) {
            case "mvn" -> Maven.run(dir, args, Map.of());
            case "retort" -> {
                List<String> command = new ArrayList<>(List.of(java(), "-jar", RETORT_JAR.toString()));
                command.addAll(args);
                yield exec(dir, command);
            }
            default -> {
                List<String> command = new ArrayList<>(List.of(java()));
                command.addAll(args);
                yield exec(dir, command);
            }
        };
    }

    static Maven.Result exec(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("RETORT_URL");
        Path log = Files.createTempFile("run", ".log");
        builder.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 5 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Maven.Result(process.exitValue(), output);
    }
}
