package dev.retort.autogen;

import dev.retort.autogen.JpaSlots.Slot;
import dev.retort.error.RetortException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.Unsupported;
import jakarta.persistence.Basic;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JPA-annotated entity classes into a {@link Schema}: field-access mapping (annotations on fields),
 * with mapped superclasses and embeddables flattened in ({@link JpaSlots}), hierarchies laid out by
 * {@link JpaInheritance}, generators mapped by {@link JpaGenerators}. Relationships that own a foreign key
 * ({@code @ManyToOne}, owning {@code @OneToOne}) become a column and a foreign key; an owning {@code @ManyToMany}
 * becomes a join table ({@link JpaJoinTables}); other collections ({@code @OneToMany},
 * {@code @ElementCollection}) have no column here and are skipped.
 * <p>
 * Default names are snake_case ({@code WorkflowNode} to {@code workflow_node}, {@code tokenCount} to
 * {@code token_count}). Hibernate's own default keeps the Java spelling; Retort picks snake_case because
 * that is what teams write in {@code @Table} and {@code @Column} anyway (and what Spring Boot configures).
 */
final class JpaEntityReader {
    private static final Pattern ON_DELETE = action("DELETE");
    private static final Pattern ON_UPDATE = action("UPDATE");

    /**
     * One entity: the table its own fields live in, and the parent entity and strategy when it is a subclass.
     */
    private record Entry(Class<?> type, String table, List<Slot> slots, Map<String, Column> basics, Class<?> parent,
                         InheritanceType strategy) {
        boolean inParentTable() {
            return parent != null && strategy == InheritanceType.SINGLE_TABLE;
        }
    }

    private final Map<Class<?>, Entry> entries = new LinkedHashMap<>();

    static Schema read(List<Class<?>> classes) {
        return new JpaEntityReader().readAll(classes);
    }

    private Schema readAll(List<Class<?>> classes) {
        for (Class<?> type : classes) {
            if (type.isAnnotationPresent(Entity.class)) {
                entries.put(type, entry(type));
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (!entry.inParentTable()) {
                tables.add(table(entry));
            }
        }
        Map<String, Table> generatorTables = new LinkedHashMap<>();
        List<Unsupported> leftOut = new ArrayList<>();
        for (Entry entry : entries.values()) {
            joinTables(entry.type(), entry, tables);
            for (Slot slot : entry.slots()) {
                JpaGenerators.collect(slot.field(), entityName(entry.type()), generatorTables, leftOut);
            }
        }
        for (Table table : generatorTables.values()) {
            if (tables.stream().noneMatch(t -> t.name().equalsIgnoreCase(table.name()))) {
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)));
        return new Schema(tables, List.of()).withUnsupported(leftOut);
    }

    private Entry entry(Class<?> type) {
        Class<?> parent = JpaInheritance.parentEntity(type);
        InheritanceType strategy = parent == null ? null : JpaInheritance.strategy(type);
        boolean inParentTable = strategy == InheritanceType.SINGLE_TABLE;
        List<Slot> slots = new ArrayList<>();
        JpaSlots.collect(type, slots);
        Map<String, Column> basics = new LinkedHashMap<>();
        String table = tableName(inParentTable ? JpaInheritance.root(type) : type);
        for (Slot slot : slots) {
            if (!isRelationship(slot.field())) {
                Column column = basicColumn(slot, where(type, slot.field()));
                // Rows of the other classes in a single table leave this class's columns empty.
                basics.putIfAbsent(column.name().toLowerCase(Locale.ROOT), inParentTable ? column.nullable() : column);
            }
        }
        return new Entry(type, table, slots, basics, parent, strategy);
    }

    private Table table(Entry entry) {
        List<Column> columns = new ArrayList<>();
        List<String> key = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Entry> parts = new ArrayList<>(List.of(entry));
        if (entry.parent() == null) {
            entries.values().stream().filter(e -> e.inParentTable() && JpaInheritance.root(e.type()) == entry.type())
                    .forEach(parts::add);
        }
        Column discriminator = entry.parent() == null ? JpaInheritance.discriminator(entry.type(), parts.size() > 1) : null;
        if (discriminator != null) {
            columns.add(discriminator);
            seen.add(discriminator.name().toLowerCase(Locale.ROOT));
        }
        if (entry.parent() != null) {
            // A joined subclass's key is its parent's, and refers to it.
            Column joinedKey = idColumn(entry, entry.type().getSimpleName());
            Entry parent = entries.get(entry.parent());
            Column parentKey = idColumn(parent, entry.type().getSimpleName());
            columns.add(joinedKey);
            seen.add(joinedKey.name().toLowerCase(Locale.ROOT));
            key.add(joinedKey.name());
            foreignKeys.add(new ForeignKey(null, List.of(joinedKey.name()), parent.table(), List.of(parentKey.name()),
                    FkAction.NO_ACTION, FkAction.NO_ACTION));
        }
        for (Entry part : parts) {
            for (Slot slot : part.slots()) {
                Field field = slot.field();
                Column column;
                if (isRelationship(field)) {
                    if (field.isAnnotationPresent(JoinColumns.class)) {
                        throw new RetortException(where(part.type(), field) + ": Retort does not read @JoinColumns"
                                + " (composite foreign keys) yet; describe this table with a SchemaModel instead");
                    }
                    JoinColumn join = field.getAnnotation(JoinColumn.class);
                    Entry target = entries.get(field.getType());
                    if (target == null) {
                        throw new RetortException(where(part.type(), field) + " refers to " + field.getType().getName()
                                + ", which is not an @Entity among the models; add it to the models directory");
                    }
                    Column referenced = referencedColumn(part, field, join, target);
                    String name = join != null && !join.name().isEmpty() ? join.name()
                            : JavaToSqlNames.snakeCase(field.getName()) + "_" + referenced.name();
                    boolean optional = field.isAnnotationPresent(ManyToOne.class)
                            ? field.getAnnotation(ManyToOne.class).optional() : field.getAnnotation(OneToOne.class).optional();
                    boolean nullable = optional && (join == null || join.nullable()) && !field.isAnnotationPresent(Id.class)
                            || part != entry;
                    column = new Column(name, referenced.type(), nullable, null, false, false, false, null);
                    if (join == null || join.foreignKey().value() != ConstraintMode.NO_CONSTRAINT) {
                        foreignKeys.add(foreignKey(name, target.table(), referenced.name(), join));
                    }
                    if (field.isAnnotationPresent(OneToOne.class) || join != null && join.unique()) {
                        uniques.add(new UniqueConstraint(null, List.of(name)));
                    }
                } else {
                    column = part.basics().get(slot.name().toLowerCase(Locale.ROOT));
                    jakarta.persistence.Column annotation = slot.column();
                    if (annotation != null && annotation.unique()) {
                        uniques.add(new UniqueConstraint(null, List.of(column.name())));
                    }
                    if (annotation != null && !annotation.columnDefinition().isBlank()) {
                        CheckConstraint check = ColumnDefinition.parse(annotation.columnDefinition()).check();
                        if (check != null) {
                            checks.add(check);
                        }
                    } else {
                        CheckConstraint check = JpaTypes.enumCheck(field, column.name(), where(part.type(), field));
                        if (check != null) {
                            checks.add(check);
                        }
                    }
                }
                if (!seen.add(column.name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                columns.add(column);
                if (slot.inEmbeddedId() || field.isAnnotationPresent(Id.class)) {
                    key.add(column.name());
                }
            }
        }
        jakarta.persistence.Table annotation = entry.type().getAnnotation(jakarta.persistence.Table.class);
        List<Index> indexes = new ArrayList<>();
        if (annotation != null) {
            for (jakarta.persistence.UniqueConstraint u : annotation.uniqueConstraints()) {
                uniques.add(new UniqueConstraint(u.name().isEmpty() ? null : u.name(), List.of(u.columnNames())));
            }
            for (jakarta.persistence.Index i : annotation.indexes()) {
                indexes.add(index(entry.table(), i));
            }
        }
        PrimaryKey primaryKey = key.isEmpty() ? null : new PrimaryKey(null, key);
        return new Table(entry.table(), columns, primaryKey, uniques, foreignKeys, checks, indexes);
    }

    private Column basicColumn(Slot slot, String where) {
        Field field = slot.field();
        jakarta.persistence.Column annotation = slot.column();
        boolean key = slot.inEmbeddedId() || field.isAnnotationPresent(Id.class);
        Basic basic = field.getAnnotation(Basic.class);
        boolean nullable = !field.getType().isPrimitive() && !key && (annotation == null || annotation.nullable())
                && (basic == null || basic.optional());
        ColumnType type;
        String serverDefault = null;
        if (annotation != null && !annotation.columnDefinition().isBlank()) {
            ColumnDefinition definition;
            try {
                definition = ColumnDefinition.parse(annotation.columnDefinition());
            } catch (IllegalArgumentException e) {
                throw new RetortException(where + ": cannot read columnDefinition \"" + annotation.columnDefinition()
                        + "\"; start it with the SQL type, as in \"VARCHAR(20) NOT NULL DEFAULT 'x'\"");
            }
            type = definition.type();
            nullable = nullable && !definition.notNull();
            serverDefault = definition.serverDefault();
        } else {
            type = JpaTypes.of(field, annotation, where);
        }
        return new Column(slot.name(), type, nullable, serverDefault, JpaGenerators.isIdentity(field),
                false, false, null);
    }

    private Column referencedColumn(Entry entry, Field field, JoinColumn join, Entry target) {
        if (join != null && !join.referencedColumnName().isEmpty()) {
            Column column = target.basics().get(join.referencedColumnName().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new RetortException(where(entry.type(), field) + ": referencedColumnName \""
                        + join.referencedColumnName() + "\" is not a column of " + target.table());
            }
            return column;
        }
        return idColumn(target, where(entry.type(), field));
    }

    /** The single id column others refer to; a composite or missing key is an error naming {@code where}. */
    private Column idColumn(Entry target, String where) {
        if (target.parent() != null) {
            Entry parent = entries.get(target.parent());
            if (parent == null) {
                throw new RetortException(target.type().getName() + " extends the entity " + target.parent().getName()
                        + ", which is not among the models; add it to the models directory");
            }
            Column parentKey = idColumn(parent, where);
            return target.inParentTable() ? parentKey : JpaInheritance.joinedKey(target.type(), parentKey);
        }
        List<Column> ids = new ArrayList<>();
        for (Slot slot : target.slots()) {
            if ((slot.inEmbeddedId() || slot.field().isAnnotationPresent(Id.class)) && !isRelationship(slot.field())) {
                ids.add(target.basics().get(slot.name().toLowerCase(Locale.ROOT)));
            }
        }
        if (ids.size() != 1) {
            throw new RetortException(where + ": " + target.type().getSimpleName() + " has "
                    + (ids.isEmpty() ? "no @Id" : "a composite key") + "; name the column with"
                    + " @JoinColumn(referencedColumnName = \"...\")");
        }
        return ids.get(0);
    }

    /** The join tables of the owning {@code @ManyToMany} fields declared on {@code type} and its mapped superclasses. */
    private void joinTables(Class<?> type, Entry owner, List<Table> tables) {
        Class<?> parent = type.getSuperclass();
        if (parent != null && parent.isAnnotationPresent(MappedSuperclass.class)) {
            joinTables(parent, owner, tables);
        }
        for (Field field : type.getDeclaredFields()) {
            ManyToMany many = field.getAnnotation(ManyToMany.class);
            if (many == null || !many.mappedBy().isEmpty()) {
                continue;
            }
            String where = where(owner.type(), field);
            Class<?> targetType = JpaJoinTables.target(field, where);
            Entry target = entries.get(targetType);
            if (target == null) {
                throw new RetortException(where + " refers to " + targetType.getName()
                        + ", which is not an @Entity among the models; add it to the models directory");
            }
            tables.add(JpaJoinTables.table(field, end(owner, where), end(target, where)));
        }
    }

    private JpaJoinTables.End end(Entry entry, String where) {
        return new JpaJoinTables.End(entry.type(), entry.table(), entityName(entry.type()), idColumn(entry, where));
    }

    private static String entityName(Class<?> type) {
        String name = type.getAnnotation(Entity.class).name();
        return name.isEmpty() ? type.getSimpleName() : name;
    }

    private static ForeignKey foreignKey(String column, String refTable, String refColumn, JoinColumn join) {
        String name = null;
        FkAction onDelete = FkAction.NO_ACTION;
        FkAction onUpdate = FkAction.NO_ACTION;
        if (join != null) {
            jakarta.persistence.ForeignKey fk = join.foreignKey();
            name = fk.name().isEmpty() ? null : fk.name();
            onDelete = actionIn(ON_DELETE, fk.foreignKeyDefinition());
            onUpdate = actionIn(ON_UPDATE, fk.foreignKeyDefinition());
        }
        return new ForeignKey(name, List.of(column), refTable, List.of(refColumn), onDelete, onUpdate);
    }

    private static Pattern action(String event) {
        return Pattern.compile("\\bON\\s+" + event + "\\s+(SET\\s+NULL|SET\\s+DEFAULT|CASCADE|RESTRICT|NO\\s+ACTION)\\b",
                Pattern.CASE_INSENSITIVE);
    }

    private static FkAction actionIn(Pattern pattern, String definition) {
        Matcher m = pattern.matcher(definition);
        return m.find() ? FkAction.parse(m.group(1).replaceAll("\\s+", " ")) : FkAction.NO_ACTION;
    }

    private static Index index(String table, jakarta.persistence.Index annotation) {
        List<String> columns = new ArrayList<>();
        for (String part : annotation.columnList().split(",")) {
            // The index model has no sort order; ASC/DESC would make it an expression that never matches.
            String column = part.strip().replaceAll("(?i)\\s+(ASC|DESC)$", "");
            if (!column.isEmpty()) {
                columns.add(column);
            }
        }
        String name = annotation.name().isEmpty()
                ? ("ix_" + table + "_" + String.join("_", columns)).toLowerCase(Locale.ROOT) : annotation.name();
        return new Index(name, table, columns, annotation.unique(), null);
    }

    private static boolean isRelationship(Field field) {
        return field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class);
    }

    private static String tableName(Class<?> type) {
        jakarta.persistence.Table table = type.getAnnotation(jakarta.persistence.Table.class);
        if (table != null && !table.name().isEmpty()) {
            return table.name();
        }
        String entityName = type.getAnnotation(Entity.class).name();
        return JavaToSqlNames.snakeCase(entityName.isEmpty() ? type.getSimpleName() : entityName);
    }

    private static String where(Class<?> type, Field field) {
        return type.getSimpleName() + "." + field.getName();
    }
}
