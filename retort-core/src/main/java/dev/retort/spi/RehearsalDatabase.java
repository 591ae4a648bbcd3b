package dev.retort.spi;

/** A throw-away database a rehearsal ({@code retort test}) runs on, removed on close. */
public interface RehearsalDatabase extends AutoCloseable {
    /** Where to connect; it may carry the original URL's credentials. */
    String url();

    @Override
    void close();
}
