/**
 * The dialect-neutral schema model: tables, columns, portable types, keys, indexes, checks and views, as
 * immutable records. Imports only {@code sql} and {@code error}.
 */
package dev.retort.schema;
