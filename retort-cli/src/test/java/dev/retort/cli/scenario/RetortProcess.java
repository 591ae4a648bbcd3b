package dev.retort.cli.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code retort.jar} as a process, the way a person or a CI job does. */
public final class RetortProcess {
    private static final Path JAR = Path.of(System.getProperty("retort.jar", "target/retort.jar")).toAbsolutePath();

    /**
     * The options of every run: the client compiler and a small serial heap, as {@code ./retort} starts the jar,
     * and the same class-data archive beside the jar, recorded once per build of it. The suite starts thousands of
     * processes, and mapping the classes from the archive instead of loading and verifying them is most of a
     * short run's start.
     */
    private static final List<String> JVM_OPTIONS = jvmOptions();

    private RetortProcess() {
    }

    private static List<String> jvmOptions() {
        List<String> quick = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        List<String> options = new ArrayList<>(quick);
        Path archive = JAR.resolveSibling("retort.jsa");
        List<String> quiet = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        try {
            if (Files.isRegularFile(JAR) && (!Files.isRegularFile(archive)
                    || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(JAR)) < 0)) {
                Path partial = archive.resolveSibling("retort.jsa." + ProcessHandle.current().pid() + ".tmp");
                List<String> record = new ArrayList<>(List.of(javaBinary()));
                record.addAll(quick);
                record.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                        "-cp", JAR.toString(), "dev.retort.cli.ClassDataTraining"));
                Process training = new ProcessBuilder(record).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (training.waitFor(3, TimeUnit.MINUTES) && training.exitValue() == 0 && Files.isRegularFile(partial)
                        && Files.size(partial) > 0) {
                    Files.move(partial, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } else {
                    training.destroyForcibly();
                    Files.deleteIfExists(partial);
                }
            }
            if (Files.isRegularFile(archive)) {
                options.add("-XX:SharedArchiveFile=" + archive);
                options.addAll(quiet);
            }
        } catch (IOException e) {
            // Without the archive every run loads its classes itself: slower, the same results.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.copyOf(options);
    }

    /** What a finished run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public static Result run(Path workDir, Map<String, String> env, String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: scenario tests run after `mvn package`");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("RETORT_URL");
        builder.environment().putAll(env);
        try {
            Path out = Files.createTempFile("retort-out", ".txt");
            Path err = Files.createTempFile("retort-err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                    new java.io.File("/dev/null")));
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("retort " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run retort: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Starts the jar without waiting, for tests that run several at once or kill one. */
    public static Process start(Path workDir, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("RETORT_URL");
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        return builder.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
