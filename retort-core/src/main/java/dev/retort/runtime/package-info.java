/**
 * Planning steps from the current heads to a target and carrying them out: one transaction per revision where
 * the dialect allows, dirty marks where it does not, offline SQL. Opens databases through the dialect
 * registry. Imports everything below it ({@code spi}, {@code history}, {@code script}, {@code revision},
 * {@code config}, ...), never {@code api}, {@code verify} or a dialect package.
 */
package dev.retort.runtime;
