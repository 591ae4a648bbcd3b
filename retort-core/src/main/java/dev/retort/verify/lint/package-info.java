/**
 * {@code retort lint}: the guide's migration tips as rules over revisions recorded without a database, plus
 * facts read from one when it is reachable. Imports {@code runtime} and what is below it.
 */
package dev.retort.verify.lint;
