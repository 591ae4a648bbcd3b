package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.schema.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PrimaryKeyJoinColumn;

import static dev.retort.schema.Types.INTEGER;
import static dev.retort.schema.Types.string;

/**
 * Entity inheritance as Hibernate 6 lays it out. {@code SINGLE_TABLE} (JPA's default): one table, the root's,
 * holding every subclass's columns as nullable (a row of one class leaves the others' empty) and a discriminator
 * column, {@code DTYPE VARCHAR(31) NOT NULL} unless {@code @DiscriminatorColumn} says otherwise. {@code JOINED}:
 * a table per class, whose primary key is also a foreign key to its parent's; a discriminator only when declared.
 */
final class JpaInheritance {
    /** Hibernate's discriminator length when {@code @DiscriminatorColumn} gives none (JPA's own default). */
    private static final int DISCRIMINATOR_LENGTH = 31;

    private JpaInheritance() {
    }

    /** The nearest superclass that is an entity, or null for a root. */
    static Class<?> parentEntity(Class<?> type) {
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                return c;
            }
        }
        return null;
    }

    static Class<?> root(Class<?> type) {
        Class<?> root = type;
        for (Class<?> parent = parentEntity(type); parent != null; parent = parentEntity(parent)) {
            root = parent;
        }
        return root;
    }

    /** The strategy the hierarchy's root declares; {@code TABLE_PER_CLASS} is an error naming the root. */
    static InheritanceType strategy(Class<?> type) {
        Class<?> root = root(type);
        Inheritance inheritance = root.getAnnotation(Inheritance.class);
        InheritanceType strategy = inheritance == null ? InheritanceType.SINGLE_TABLE : inheritance.strategy();
        if (strategy == InheritanceType.TABLE_PER_CLASS) {
            throw new RetortException(root.getSimpleName() + ": Retort does not read @Inheritance(TABLE_PER_CLASS)"
                    + " yet; use SINGLE_TABLE or JOINED, or describe these tables with a SchemaModel");
        }
        return strategy;
    }

    /**
     * The root's discriminator column, or null: a single table with subclasses always has one, a joined
     * hierarchy only when {@code @DiscriminatorColumn} asks for it.
     */
    static Column discriminator(Class<?> root, boolean singleTableWithSubclasses) {
        DiscriminatorColumn declared = root.getAnnotation(DiscriminatorColumn.class);
        if (declared == null && !singleTableWithSubclasses) {
            return null;
        }
        String name = JavaToSqlNames.snakeCase(declared == null ? "DTYPE" : declared.name());
        int length = declared == null ? DISCRIMINATOR_LENGTH : declared.length();
        var type = declared == null ? string(length) : switch (declared.discriminatorType()) {
            case STRING -> string(length);
            case CHAR -> string(1);
            case INTEGER -> INTEGER;
        };
        return new Column(name, type, false, null, false, false, false, null);
    }

    /** A joined subclass's key column: named by {@code @PrimaryKeyJoinColumn}, else as the parent's key. */
    static Column joinedKey(Class<?> type, Column parentKey) {
        PrimaryKeyJoinColumn join = type.getAnnotation(PrimaryKeyJoinColumn.class);
        String name = join != null && !join.name().isEmpty() ? join.name() : parentKey.name();
        return new Column(name, parentKey.type(), false, null, false, false, false, null);
    }
}
