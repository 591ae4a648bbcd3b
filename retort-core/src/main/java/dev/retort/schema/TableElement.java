package dev.retort.schema;

/** What a table definition is made of: columns and table-level constraints. */
public sealed interface TableElement
        permits Column, PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {
}
