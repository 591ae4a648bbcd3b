package dev.retort.autogen;

import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which kinds of objects a {@link ModelSource} can describe, so that the diff tells "the models say there is
 * none" from "the models cannot say". Tables (with their columns, keys, indexes and checks) every source
 * describes. A {@code schema.sql} describes everything its dialect reads; JPA entities have no place for views,
 * triggers, table options or a dialect's own objects (functions, sequences, enum types, extensions, partitions), so what the
 * database holds of those is neither created nor dropped but kept, and named ({@link KeptObject}).
 * <p>
 * Kinds are {@link #VIEW}, {@link #TRIGGER}, {@link #TABLE_OPTION} and each {@link SchemaObject#kind()}.
 */
public final class ModelScope {
    public static final String VIEW = "view";
    public static final String TRIGGER = "trigger";
    /**
     * A table's dialect options ({@code Table.options()}: PostgreSQL's PARTITION BY, SQLite's STRICT, MySQL's
     * engine), which a model may have no way to say about a table it otherwise describes.
     */
    public static final String TABLE_OPTION = "table option";

    private static final ModelScope EVERYTHING = new ModelScope(null, null);

    /** The kinds described, in lower case; null: every kind. */
    private final Set<String> kinds;
    /** The start of the reason a kept object is given: "the JPA models do not describe" (then "views"). */
    private final String cannot;

    private ModelScope(Set<String> kinds, String cannot) {
        this.kinds = kinds;
        this.cannot = cannot;
    }

    /** A source that describes whatever the database can hold (a {@code schema.sql}): nothing is kept. */
    public static ModelScope everything() {
        return EVERYTHING;
    }

    /**
     * A source that describes tables alone.
     *
     * @param cannot how the reason for a kept object starts, the kind's plural following: "the JPA models do not describe"
     */
    public static ModelScope tablesOnly(String cannot) {
        return new ModelScope(Set.of(), cannot);
    }

    /**
     * A source whose language can declare every kind but need not (a {@link SchemaModel}): it describes the kinds
     * it declares at least one of. A model that declares one view owns the views, and a view it lacks is
     * dropped; one that declares none leaves the database's views as they are.
     */
    public static ModelScope declaredIn(Schema models, String cannot) {
        Set<String> declared = new java.util.HashSet<>();
        if (!models.views().isEmpty()) {
            declared.add(VIEW);
        }
        if (!models.triggers().isEmpty()) {
            declared.add(TRIGGER);
        }
        if (models.tables().stream().anyMatch(t -> !t.options().isEmpty())) {
            declared.add(TABLE_OPTION);
        }
        models.objects().stream().map(SchemaObject::kind).map(ModelScope::key).forEach(declared::add);
        return new ModelScope(Set.copyOf(declared), cannot);
    }

    /** Whether the models describe objects of this kind, so one the database has and they lack is dropped. */
    public boolean describes(String kind) {
        return kinds == null || kinds.contains(key(kind));
    }

    /** Whether the models describe every kind, so nothing is kept. */
    public boolean describesEverything() {
        return kinds == null;
    }

    /** Why an object of this kind is kept: "the JPA models do not describe views". */
    String whyKept(String kind) {
        return cannot + " " + kind + "s";
    }

    private static String key(String kind) {
        return kind.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return kinds == null ? "every kind" : kinds.isEmpty() ? "tables only"
                : "tables and " + kinds.stream().sorted().collect(Collectors.joining(", "));
    }
}
