package dev.retort.schema;

/** A view, kept by its defining SQL. */
public record View(String name, String sql) {
}
