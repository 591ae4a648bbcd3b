/**
 * The data-survival guard around a SQLite table rebuild: row counts of the rebuilt table and of every table
 * that references it, before and after. Imports only {@code error}.
 */
package dev.retort.dialect.sqlite.rebuild;
