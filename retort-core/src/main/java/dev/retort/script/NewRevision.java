package dev.retort.script;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** The header of a revision about to be written. */
public record NewRevision(String id, List<String> parents, List<String> dependsOn, List<String> branchLabels,
                          Instant createDate, String message) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Copies the lists, folds the message onto one line, and drops sub-second precision. */
    public NewRevision {
        parents = List.copyOf(parents);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        createDate = createDate.truncatedTo(ChronoUnit.SECONDS);
    }

    /** 12 lowercase hex characters, as DESIGN promises: short to type, 2^48 values so clashes don't happen. */
    public static String randomId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The header lines, each starting with the format's comment prefix. */
    public String header(ScriptFormat format) {
        String p = format.commentPrefix() + " ";
        StringBuilder out = new StringBuilder();
        out.append(p).append(HeaderReader.REVISION).append(": ").append(id).append('\n');
        out.append(p).append(HeaderReader.REVISES).append(":").append(parents.isEmpty() ? "" : " " + String.join(", ", parents)).append('\n');
        if (!dependsOn.isEmpty()) {
            out.append(p).append(HeaderReader.DEPENDS_ON).append(": ").append(String.join(", ", dependsOn)).append('\n');
        }
        if (!branchLabels.isEmpty()) {
            out.append(p).append(HeaderReader.BRANCH_LABELS).append(": ").append(String.join(", ", branchLabels)).append('\n');
        }
        out.append(p).append(HeaderReader.CREATE_DATE).append(": ").append(createDate).append('\n');
        out.append(p).append(HeaderReader.MESSAGE).append(": ").append(message).append('\n');
        return out.toString();
    }

    /** {@code <id>_<slug>.java}: the slug is the message, lowercased, for people scanning the folder. */
    public String fileName(ScriptFormat format) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("_+$", "");
        }
        return id + (slug.isEmpty() ? "" : "_" + slug) + format.extension();
    }

    /** The class name a Java revision gets; unique per revision so revisions can be compiled together. */
    public String className() {
        return "Revision_" + id;
    }
}
