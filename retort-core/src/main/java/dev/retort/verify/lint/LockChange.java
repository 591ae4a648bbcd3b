package dev.retort.verify.lint;

import dev.retort.schema.ColumnType;

/**
 * One change a statement makes, as the locking rules see it, whether the revision wrote the statement (SQL)
 * or asked for an operation Retort renders. Only what some locking rule needs is told apart.
 */
sealed interface LockChange {
    /** An index is built; {@code online} when it is built without blocking writes (CONCURRENTLY). */
    record IndexBuild(String name, boolean online) implements LockChange {
    }

    /** A column is added; {@code serverDefault} is its DEFAULT expression, or null. */
    record ColumnAdded(String column, String serverDefault) implements LockChange {
    }

    /** A column's type changes to {@code to}; {@code from} is the old type when the statement or operation says. */
    record TypeChanged(String column, ColumnType from, ColumnType to) implements LockChange {
    }

    /**
     * A foreign key or check is added; {@code notValid} when existing rows are left unchecked.
     *
     * @param name       the constraint's name, or null when the statement gives none
     * @param expression a check's expression, or null for a foreign key
     */
    record ConstraintAdded(String name, boolean foreignKey, String expression, boolean notValid) implements LockChange {
    }

    /** {@code VALIDATE CONSTRAINT name}: existing rows are checked without blocking writes. */
    record ConstraintValidated(String name) implements LockChange {
    }

    /** A column becomes NOT NULL. */
    record NotNullSet(String column) implements LockChange {
    }

    /** A table (column null) or a column is renamed. */
    record Renamed(String column, String newName) implements LockChange {
    }
}
