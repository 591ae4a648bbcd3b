/**
 * The exceptions users see: one message of one line that says what went wrong, where, and the fix. Their
 * types say what kind of failure it is (bad usage, a check that found a problem); the command line maps them
 * to exit codes. Imports nothing of Retort.
 */
package dev.retort.error;
