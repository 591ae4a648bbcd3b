/**
 * Autogenerate: models (JPA sources, the schema DSL, schema.sql) to the neutral schema, the generic diff with
 * its per-dialect {@link dev.retort.autogen.DiffHooks}, and diffs rendered as a revision. Imports
 * {@code schema}, {@code ops}, {@code dialect}, {@code script}, {@code sql} and {@code error}.
 */
package dev.retort.autogen;
