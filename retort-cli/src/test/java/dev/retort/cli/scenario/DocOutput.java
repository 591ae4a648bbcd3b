package dev.retort.cli.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes what a run printed fit for a page of the guide, and the same on every run: the temporary project
 * directory becomes the project-relative path, and what changes from run to run (backup file stamps, the
 * current time) gets a fixed value; {@code --sql} output has no durations or user names to fix. One per
 * page, so the backups a page mentions keep their order and stay apart.
 */
final class DocOutput {
    /** "Now" in the guide: instants close to the real now are shown as this. */
    static final String NOW = "2026-11-24T12:00:00Z";
    private static final Instant BACKUP_BASE = Instant.parse(NOW);
    private static final Pattern BACKUP = Pattern.compile("(\\.retort-backup-)(\\d{8}T\\d{6}\\.\\d{3}Z(?:-\\d+)*)");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z");
    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
            .ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private final List<String> projectPaths;
    private final Map<String, String> backups = new LinkedHashMap<>();
    private final Instant now = Instant.now();

    DocOutput(Path project) throws IOException {
        Set<String> paths = new LinkedHashSet<>(List.of(project.toAbsolutePath().toString(),
                project.toRealPath().toString()));
        this.projectPaths = new ArrayList<>(paths);
        projectPaths.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** A command's output as page lines: stdout, then stderr, without trailing blank lines. */
    List<String> command(String out, String err) {
        String text = out.isEmpty() || out.endsWith("\n") ? out + err : out + "\n" + err;
        return lines(text);
    }

    /** A file's content as page lines. */
    List<String> file(String content) {
        return lines(content);
    }

    private List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(stable(text).split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines.stream().map(String::stripTrailing).toList();
    }

    String stable(String text) {
        for (String path : projectPaths) {
            text = text.replace(path + "/", "").replace(path, ".");
        }
        text = replace(BACKUP, text, m -> m.group(1) + backupStamp(m.group(2)));
        return replace(INSTANT, text, m -> isNow(m.group()) ? NOW : m.group());
    }

    /** The n-th backup this page has seen gets NOW plus n minutes, so they sort as the real ones do. */
    private String backupStamp(String real) {
        return backups.computeIfAbsent(real, r -> STAMP.format(BACKUP_BASE.plus(Duration.ofMinutes(backups.size()))));
    }

    private boolean isNow(String text) {
        try {
            return Duration.between(Instant.parse(text), now).abs().compareTo(Duration.ofDays(2)) < 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
