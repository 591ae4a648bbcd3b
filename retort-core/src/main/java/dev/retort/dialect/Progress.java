package dev.retort.dialect;

/**
 * Reports progress of long work, such as copying a large table during a rebuild. The CLI shows a bar on a
 * terminal; a library user or a pipe gets nothing.
 */
public interface Progress {
    Progress NONE = (task, total) -> Tracker.NONE;

    /** Starts tracking a task of {@code total} units (rows). */
    Tracker start(String task, long total);

    interface Tracker extends AutoCloseable {
        Tracker NONE = new Tracker() {
            @Override
            public void advanceTo(long done) {
            }

            @Override
            public void close() {
            }
        };

        void advanceTo(long done);

        @Override
        void close();
    }
}
