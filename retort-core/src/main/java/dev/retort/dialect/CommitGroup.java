package dev.retort.dialect;

/**
 * The revisions a run applies between opening and closing this share their commits ({@link
 * RevisionTransaction#commitGroup}). Closing commits what is still waiting; a run closes it whether it ends well or
 * not, so every revision that finished is committed.
 */
@FunctionalInterface
public interface CommitGroup extends AutoCloseable {
    /** Where commits are not shared: each revision commits on its own, and closing has nothing to do. */
    CommitGroup NONE = () -> { };

    @Override
    void close();
}
