/**
 * {@code retort test}: every revision up, down and up again on a throw-away copy that the dialect makes,
 * checking schema, rows and foreign keys after each step. Imports {@code runtime} and what is below it.
 */
package dev.retort.verify.rehearsal;
