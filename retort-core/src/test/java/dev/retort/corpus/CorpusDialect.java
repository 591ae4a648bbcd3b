package dev.retort.corpus;

import dev.retort.config.RetortConfig;

import java.nio.file.Path;

/**
 * What {@link SchemaCorpusContract} needs from one dialect to hold a corpus of real schemas to the rule of
 * issue 12: a folder of schema files, fresh empty databases, and the dialect's own client and catalog.
 * A dialect's corpus test is a subclass of the contract that returns one of these.
 */
public interface CorpusDialect {
    /** The dialect's name, for messages: "sqlite". */
    String name();

    /** The folder of {@code *.sql} schema files, one realistic application schema each. */
    Path corpusDir();

    /**
     * A new, empty database of its own for one step of one schema ({@code label} says which, for names and
     * messages); closing it removes it. Where the server is missing, the test skips (outside {@code CI=true}).
     */
    CorpusDatabase emptyDatabase(String label, Path workDir) throws Exception;

    /** Settings a Retort on this dialect needs in a test (no backups, say); by default none. */
    default RetortConfig.Builder configure(RetortConfig.Builder builder) {
        return builder;
    }
}
