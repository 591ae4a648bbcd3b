package dev.retort.autogen;

import dev.retort.error.RetortException;
import dev.retort.schema.Column;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Set;

/**
 * The join table of an owning {@code @ManyToMany}, named as {@code @JoinTable} says or by the JPA defaults
 * Hibernate 6 applies: {@code <owner table>_<target table>}, the owner's column after the target's
 * {@code mappedBy} field (or the owner entity when the association is one-way) and the target's column after
 * the owning field, each followed by {@code _<referenced id column>}. The side with {@code mappedBy} owns nothing.
 */
final class JpaJoinTables {
    /** One end of the association: its entity's table and name, and the id column the join table refers to. */
    record End(Class<?> type, String table, String entityName, Column id) {
    }

    private JpaJoinTables() {
    }

    /** The owning {@code @ManyToMany} field's target entity class: the collection's element type. */
    static Class<?> target(Field field, String where) {
        ManyToMany many = field.getAnnotation(ManyToMany.class);
        if (many.targetEntity() != void.class) {
            return many.targetEntity();
        }
        if (field.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new RetortException(where + ": cannot tell the target entity of this @ManyToMany; declare the"
                + " collection with its element type or set targetEntity");
    }

    static Table table(Field field, End owner, End target) {
        JoinTable annotation = field.getAnnotation(JoinTable.class);
        String name = annotation != null && !annotation.name().isEmpty() ? annotation.name()
                : owner.table() + "_" + target.table();
        String ownerColumn = columnName(annotation == null ? null : annotation.joinColumns(),
                ownerPrefix(field, owner, target) + "_" + owner.id().name());
        String targetColumn = columnName(annotation == null ? null : annotation.inverseJoinColumns(),
                JavaToSqlNames.snakeCase(field.getName()) + "_" + target.id().name());
        List<Column> columns = List.of(
                new Column(ownerColumn, owner.id().type(), false, null, false, false, false, null),
                new Column(targetColumn, target.id().type(), false, null, false, false, false, null));
        // A Set has no duplicates, so Hibernate keys its table; a List or Collection (a bag) may repeat pairs.
        PrimaryKey key = Set.class.isAssignableFrom(field.getType())
                ? new PrimaryKey(null, List.of(ownerColumn, targetColumn)) : null;
        List<ForeignKey> foreignKeys = List.of(
                foreignKey(annotation == null ? null : annotation.foreignKey(), ownerColumn, owner),
                foreignKey(annotation == null ? null : annotation.inverseForeignKey(), targetColumn, target));
        return new Table(name, columns, key, List.of(), foreignKeys, List.of(), List.of());
    }

    /** The target's field mapped by this one when the association runs both ways, else the owner entity's name. */
    private static String ownerPrefix(Field field, End owner, End target) {
        for (Class<?> c = target.type(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field candidate : c.getDeclaredFields()) {
                ManyToMany inverse = candidate.getAnnotation(ManyToMany.class);
                if (inverse != null && inverse.mappedBy().equals(field.getName())) {
                    return JavaToSqlNames.snakeCase(candidate.getName());
                }
            }
        }
        return JavaToSqlNames.snakeCase(owner.entityName());
    }

    private static String columnName(JoinColumn[] given, String fallback) {
        if (given == null || given.length == 0 || given[0].name().isEmpty()) {
            return fallback;
        }
        return given[0].name();
    }

    private static ForeignKey foreignKey(jakarta.persistence.ForeignKey given, String column, End end) {
        String name = given == null || given.name().isEmpty() ? null : given.name();
        return new ForeignKey(name, List.of(column), end.table(), List.of(end.id().name()),
                FkAction.NO_ACTION, FkAction.NO_ACTION);
    }
}
