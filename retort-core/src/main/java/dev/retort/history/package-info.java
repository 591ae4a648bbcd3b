/**
 * Retort's own tables, {@code retort_version} and {@code retort_log}, defined in the neutral model and written
 * through the dialect. Imports {@code spi}, {@code dialect}, {@code ops}, {@code schema} and {@code error}.
 */
package dev.retort.history;
