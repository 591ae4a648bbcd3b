package dev.retort.verify.rehearsal;

/** A throw-away database a rehearsal runs on, removed on close. */
interface RehearsalDatabase extends AutoCloseable {
    /** Where to connect; it may carry the original URL's credentials. */
    String url();

    @Override
    void close();
}
