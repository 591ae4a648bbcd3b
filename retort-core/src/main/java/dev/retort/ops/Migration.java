package dev.retort.ops;

/**
 * What a Java revision file declares. The file's header, not the class name, is the revision's identity.
 */
public interface Migration {
    /** Changes the schema forward. */
    void upgrade(Ops op);

    /** Undoes what {@link #upgrade} did. */
    void downgrade(Ops op);
}
