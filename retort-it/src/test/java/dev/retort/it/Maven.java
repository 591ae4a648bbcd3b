package dev.retort.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs real Maven builds of sample projects, against an isolated local repository ({@code target/it-repo}) that
 * invoker:install filled with this build's Retort artifacts. Anything else the samples need is read from the
 * main build's local repository as a file repository (never written to), and from Maven Central as a last resort.
 */
final class Maven {
    private static final Path REPO = Path.of(System.getProperty("it.repo", "target/it-repo")).toAbsolutePath();
    private static final Path PARENT_REPO = Path.of(System.getProperty("it.parentRepo",
            System.getProperty("user.home") + "/.m2/repository")).toAbsolutePath();
    private static final boolean OFFLINE = System.getProperty("it.offline", "").equals("offline=true");
    static final String RETORT_VERSION = System.getProperty("retort.version", "0.1.0-SNAPSHOT");

    private Maven() {
    }

    /** What a build printed and returned. */
    record Result(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + output;
        }
    }

    /** Runs {@code mvn ARGS} in {@code project}. */
    static Result run(Path project, List<String> args, Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvn(), "-B", "-s", settings().toString(),
                "-Dmaven.repo.local=" + REPO, "-Dstyle.color=never"));
        if (OFFLINE) {
            // The main build is offline: the samples are too, but may still read the file repository.
            command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
        }
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().remove("RETORT_URL");
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        builder.environment().putAll(env);
        Path log = Files.createTempFile("mvn", ".log");
        builder.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn " + args + " did not finish in 10 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(process.exitValue(), output);
    }

    private static String mvn() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    /** Settings that add the main build's local repository, read-only, as the first remote repository. */
    private static synchronized Path settings() throws IOException {
        Path file = REPO.getParent().resolve("it-settings.xml");
        if (Files.isRegularFile(file)) {
            return file;
        }
        String url = PARENT_REPO.toUri().toString();
        String repository = """
                    <id>main-build</id>
                    <url>%s</url>
                    <releases><enabled>true</enabled></releases>
                    <snapshots><enabled>false</enabled></snapshots>
                """.formatted(url);
        String xml = """
                <settings>
                  <profiles>
                    <profile>
                      <id>main-build-repository</id>
                      <repositories><repository>
                %s      </repository></repositories>
                      <pluginRepositories><pluginRepository>
                %s      </pluginRepository></pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>main-build-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(repository, repository);
        Files.createDirectories(file.getParent());
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }
}
