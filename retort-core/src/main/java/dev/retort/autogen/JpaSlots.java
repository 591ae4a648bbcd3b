package dev.retort.autogen;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The persistent fields of an entity in declaration order: mapped superclasses first, embeddables flattened,
 * with each embedded field's {@code @Column} replaced by the {@code @AttributeOverride} that names it (also by a
 * dotted path through nested embeddables).
 */
final class JpaSlots {
    /**
     * One persistent field.
     *
     * @param inEmbeddedId whether it belongs to the primary key through an {@code @EmbeddedId}
     * @param column       the {@code @Column} in force (an override's, or the field's own), or null
     */
    record Slot(Field field, boolean inEmbeddedId, Column column) {
        /** The column name: the {@code @Column}'s, else the field's in snake_case. */
        String name() {
            return column != null && !column.name().isEmpty() ? column.name() : JavaToSqlNames.snakeCase(field.getName());
        }
    }

    private JpaSlots() {
    }

    /** The fields {@code type} declares and those of its mapped superclasses, not those of a parent entity. */
    static void collect(Class<?> type, List<Slot> slots) {
        collect(type, slots, false, Map.of(), "");
    }

    private static void collect(Class<?> type, List<Slot> slots, boolean inEmbeddedId, Map<String, Column> overrides,
                                String path) {
        Class<?> parent = type.getSuperclass();
        if (parent != null && parent.isAnnotationPresent(MappedSuperclass.class)) {
            collect(parent, slots, inEmbeddedId, overrides, path);
        }
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                    || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(OneToMany.class)
                    || field.isAnnotationPresent(ManyToMany.class) || field.isAnnotationPresent(ElementCollection.class)) {
                continue;
            }
            OneToOne oneToOne = field.getAnnotation(OneToOne.class);
            if (oneToOne != null && !oneToOne.mappedBy().isEmpty()) {
                continue;
            }
            String at = path + field.getName();
            boolean embeddedId = field.isAnnotationPresent(EmbeddedId.class);
            if (embeddedId || field.isAnnotationPresent(Embedded.class)
                    || field.getType().isAnnotationPresent(Embeddable.class)) {
                Map<String, Column> inner = new HashMap<>(overrides);
                for (AttributeOverride override : overridesOn(field)) {
                    // An outer override wins over one written deeper, as JPA says.
                    inner.putIfAbsent(at + "." + override.name(), override.column());
                }
                collect(field.getType(), slots, inEmbeddedId || embeddedId, inner, at + ".");
            } else {
                Column column = overrides.getOrDefault(at, field.getAnnotation(Column.class));
                slots.add(new Slot(field, inEmbeddedId, column));
            }
        }
    }

    private static AttributeOverride[] overridesOn(Field field) {
        AttributeOverrides many = field.getAnnotation(AttributeOverrides.class);
        if (many != null) {
            return many.value();
        }
        AttributeOverride one = field.getAnnotation(AttributeOverride.class);
        return one == null ? new AttributeOverride[0] : new AttributeOverride[] {one};
    }
}
