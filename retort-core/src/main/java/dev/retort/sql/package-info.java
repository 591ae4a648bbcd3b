/** Reading SQL text as a database would: quotes, comments and statement boundaries. Imports only {@code error}. */
package dev.retort.sql;
