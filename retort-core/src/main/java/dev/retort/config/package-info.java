/**
 * The immutable configuration: {@link dev.retort.config.RetortConfig}, reading {@code retort.toml}, secrets in
 * URLs. It knows no dialect: each dialect reads its own section through {@link dev.retort.config.ConfigDialects}.
 * Imports only {@code error}; everything above it may import it.
 */
package dev.retort.config;
