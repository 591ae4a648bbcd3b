package dev.retort.spring;

import dev.retort.api.Retort;
import dev.retort.config.RetortConfig;
import dev.retort.spring.app.LibraryApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the test application the way it runs after a build: its revisions compiled (as retort-maven-plugin's
 * compile-revisions does, through the same API) into {@code db/retort} on the application's class path.
 */
final class LibraryApp {
    static final Path SOURCES = Path.of("src/test/retort/library");

    private LibraryApp() {
    }

    /**
     * Compiles the revisions of {@code migrations} into a folder of their own and returns a class loader that has
     * it on its class path under {@code db/retort}, as the application's jar would.
     */
    static ClassLoader withCompiledRevisions(Path migrations, Path work) {
        Path classes = work.resolve("classes");
        Retort.open(RetortConfig.builder().projectDir(work).scriptLocation(migrations.toAbsolutePath()).build())
                .compileRevisions(classes.resolve("db/retort"), List.of());
        try {
            return new URLClassLoader(new URL[]{classes.toUri().toURL()}, LibraryApp.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the library's revisions plus {@code extra} ({file name, content}), for variations. */
    static Path revisionsWith(Path work, Map<String, String> extra) throws IOException {
        Path versions = Files.createDirectories(work.resolve("migrations/versions"));
        try (Stream<Path> files = Files.list(SOURCES.resolve("versions"))) {
            for (Path file : files.toList()) {
                Files.copy(file, versions.resolve(file.getFileName()));
            }
        }
        for (Map.Entry<String, String> file : extra.entrySet()) {
            Files.writeString(versions.resolve(file.getKey()), file.getValue());
        }
        return work.resolve("migrations");
    }

    /**
     * Runs the application with {@code properties} ({@code key=value}) on {@code loader}.
     *
     * @param strategy a {@link RetortMigrationStrategy} bean to register, or null
     */
    static ConfigurableApplicationContext start(ClassLoader loader, RetortMigrationStrategy strategy,
                                                String... properties) {
        List<String> args = new ArrayList<>();
        for (String property : properties) {
            args.add("--" + property);
        }
        SpringApplication application = new SpringApplicationBuilder(LibraryApplication.class)
                .resourceLoader(new DefaultResourceLoader(loader))
                .initializers(context -> {
                    if (strategy != null) {
                        context.getBeanFactory().registerSingleton("migrationStrategy", strategy);
                    }
                })
                .build();
        return application.run(args.toArray(String[]::new));
    }
}
