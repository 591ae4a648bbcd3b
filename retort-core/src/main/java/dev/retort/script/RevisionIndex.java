package dev.retort.script;

import dev.retort.revision.RevisionIds;
import dev.retort.error.RetortException;
import dev.retort.revision.Revision;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The index of compiled revisions ({@code db/retort/retort.index}): each revision's header, where its copied
 * source is, the SHA-256 of that source (the checksum the command line computes from the file) and, for Java,
 * the class that implements it. One file read gives the whole graph, so start-up does not open every revision,
 * and nothing has to list a jar.
 * <pre>
 * # Retort revision index ...
 * format: 1
 * retort: 0.1.0
 *
 * [3f2a9c1b7d4e]
 * file: versions/3f2a9c1b7d4e_add_token_count.java
 * revises: 9b1c2d3e4f5a
 * depends-on:
 * branch-labels:
 * create-date: 2026-11-24T14:00:00Z
 * message: add token_count column to execution_logs
 * revises-line: 2
 * sha256: 5d41402abc4b2a76b9719d911017c592...
 * class: Revision_3f2a9c1b7d4e
 * </pre>
 */
public final class RevisionIndex {
    /** The format this Retort writes and reads; a newer one is refused with a message saying so. */
    public static final int FORMAT = 1;
    private static final List<String> KEYS = List.of("file", "revises", "depends-on", "branch-labels", "create-date",
            "message", "revises-line", "sha256", "class");

    /**
     * One revision in the index.
     *
     * @param file        the copied source, relative to the index's folder ({@code versions/<name>})
     * @param sha256      the SHA-256 of the source, hex
     * @param className   the binary name of the class implementing {@code Migration}; null for SQL
     * @param revisesLine the source's line holding {@code Revises:}, for messages about parents
     */
    public record Entry(Revision revision, String file, String sha256, String className, int revisesLine) {
        /** Checks the parts every entry needs. */
        public Entry {
            Objects.requireNonNull(revision, "revision");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
        }

        /** The format of the revision, read from its file name. */
        public ScriptFormat format() {
            return file.endsWith(ScriptFormat.SQL.extension()) ? ScriptFormat.SQL : ScriptFormat.JAVA;
        }
    }

    private RevisionIndex() {
    }

    /** The index's text for {@code entries}, as {@link #parse} reads it back. */
    public static String write(List<Entry> entries, String retortVersion) {
        StringBuilder out = new StringBuilder();
        out.append("# Retort revision index: written by the build (retort-maven-plugin's compile-revisions); ")
                .append("do not edit\n");
        out.append("format: ").append(FORMAT).append('\n');
        out.append("retort: ").append(retortVersion).append('\n');
        for (Entry entry : entries) {
            Revision r = entry.revision();
            out.append('\n').append('[').append(r.id()).append("]\n");
            out.append("file: ").append(entry.file()).append('\n');
            out.append("revises: ").append(String.join(", ", r.parents())).append('\n');
            out.append("depends-on: ").append(String.join(", ", r.dependsOn())).append('\n');
            out.append("branch-labels: ").append(String.join(", ", r.branchLabels())).append('\n');
            out.append("create-date: ").append(r.createDate() == null ? "" : r.createDate()).append('\n');
            out.append("message: ").append(oneLine(r.message())).append('\n');
            out.append("revises-line: ").append(entry.revisesLine()).append('\n');
            out.append("sha256: ").append(entry.sha256()).append('\n');
            if (entry.className() != null) {
                out.append("class: ").append(entry.className()).append('\n');
            }
        }
        return out.toString().replace(" \n", "\n");
    }

    /**
     * Reads an index.
     *
     * @param where how errors name the index, e.g. {@code classpath:db/retort/retort.index}
     */
    public static List<Entry> parse(byte[] content, String where) {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r?\n", -1);
        List<Entry> entries = new ArrayList<>();
        Map<String, String> fields = null;
        String id = null;
        int idLine = 0;
        boolean sawFormat = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || !RevisionIds.isValid(line.substring(1, line.length() - 1))) {
                    throw error(where, number, "'" + line + "' is not a revision heading like [3f2a9c1b7d4e]");
                }
                if (id != null) {
                    entries.add(entry(where, idLine, id, fields));
                }
                id = line.substring(1, line.length() - 1);
                idLine = number;
                fields = new LinkedHashMap<>();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw error(where, number, "'" + line + "' is not a 'key: value' line");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (id == null) {
                if (key.equals("format")) {
                    sawFormat = true;
                    checkFormat(where, number, value);
                } else if (!key.equals("retort")) {
                    throw error(where, number, "unknown key '" + key + "' before the first revision");
                }
                continue;
            }
            if (!KEYS.contains(key)) {
                throw error(where, number, "unknown key '" + key + "' in revision " + id);
            }
            if (fields.put(key, value) != null) {
                throw error(where, number, "'" + key + "' appears twice in revision " + id);
            }
        }
        if (!sawFormat) {
            throw error(where, 1, "no 'format:' line; this is not a Retort revision index");
        }
        if (id != null) {
            entries.add(entry(where, idLine, id, fields));
        }
        return List.copyOf(entries);
    }

    private static void checkFormat(String where, int line, String value) {
        int format;
        try {
            format = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(where, line, "format '" + value + "' is not a number");
        }
        if (format > FORMAT) {
            throw error(where, line, "index format " + format + " is newer than this Retort reads (" + FORMAT
                    + "); run the application with the Retort version that built it, or rebuild with this one");
        }
    }

    private static Entry entry(String where, int line, String id, Map<String, String> fields) {
        for (String required : List.of("file", "revises", "sha256")) {
            if (fields.get(required) == null) {
                throw error(where, line, "revision " + id + " has no '" + required + ":' line");
            }
        }
        String file = fields.get("file");
        if (ScriptFormat.of(java.nio.file.Path.of(file)) == null || file.contains("..")) {
            throw error(where, line, "revision " + id + ": file '" + file + "' is not a .java or .sql revision");
        }
        String className = blankToNull(fields.get("class"));
        if (file.endsWith(ScriptFormat.JAVA.extension()) && className == null) {
            throw error(where, line, "revision " + id + " is Java but names no 'class:'; rebuild the index");
        }
        int revisesLine;
        try {
            revisesLine = Integer.parseInt(fields.getOrDefault("revises-line", "0"));
        } catch (NumberFormatException e) {
            throw error(where, line, "revision " + id + ": revises-line is not a number");
        }
        Revision revision = new Revision(id, ids(fields.get("revises")), ids(fields.get("depends-on")),
                ids(fields.get("branch-labels")), fields.getOrDefault("message", ""),
                blankToNull(fields.get("create-date")));
        return new Entry(revision, file, fields.get("sha256"), className, revisesLine);
    }

    private static List<String> ids(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static RetortException error(String where, int line, String message) {
        return new RetortException(where + ":" + line + ": " + message);
    }
}
