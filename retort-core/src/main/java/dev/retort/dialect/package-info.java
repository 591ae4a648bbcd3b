/**
 * What every dialect builds on and the runtime talks through: SQL sessions (live, captured, offline), the
 * inspector and revision-transaction interfaces, literals and insert statements, server URLs. Names no
 * dialect. Imports {@code schema}, {@code ops}, {@code sql}, {@code config} and {@code error}; the dialect
 * packages below it import it, never the other way.
 */
package dev.retort.dialect;
