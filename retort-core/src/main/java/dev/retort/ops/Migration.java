package dev.retort.ops;

/**
 * What a Java revision file declares. The file's header, not the class name, is the revision's identity.
 */
public interface Migration {
    void upgrade(Ops op);

    void downgrade(Ops op);
}
