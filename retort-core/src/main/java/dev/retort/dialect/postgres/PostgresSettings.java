package dev.retort.dialect.postgres;

/** The {@code [postgresql]} section of retort.toml: nothing to set yet, so a file that has it stays valid when keys come. */
record PostgresSettings() {
}
