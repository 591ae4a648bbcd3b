/**
 * Revision files: finding them, reading headers without compiling, checksums, compiling Java revisions and
 * writing new ones. Imports {@code revision}, {@code ops}, {@code sql}, {@code config} and {@code error}.
 */
package dev.retort.script;
