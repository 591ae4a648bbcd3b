package dev.retort.autogen;

import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.Unsupported;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.retort.schema.Types.BIGINT;
import static dev.retort.schema.Types.string;

/**
 * What a {@code @GeneratedValue} needs in the database, as Hibernate 6 maps each strategy: {@code IDENTITY} an
 * identity (auto-increment) column; {@code SEQUENCE}, and {@code AUTO} on a numeric id, a sequence
 * {@code <entity>_seq} (or the {@code @SequenceGenerator}'s), which Hibernate emulates with a one-row table of the
 * same name where the database has no sequences; {@code AUTO} on a {@link UUID} nothing (the application makes
 * the value); {@code TABLE} the shared {@code hibernate_sequences} table (or the {@code @TableGenerator}'s).
 * <p>
 * The neutral schema has no sequences, and which of the two forms Hibernate picks depends on the database,
 * which a model source does not know: the sequence is named as not handled, so {@code check} never passes
 * over it in silence.
 */
final class JpaGenerators {
    private JpaGenerators() {
    }

    /** Whether the database fills the column itself, which only {@code IDENTITY} asks for. */
    static boolean isIdentity(Field field) {
        GeneratedValue generated = field.getAnnotation(GeneratedValue.class);
        return generated != null && generated.strategy() == GenerationType.IDENTITY;
    }

    /**
     * Adds what the field's generator needs: a table to {@code tables} (by lower-case name, so entities sharing
     * one add it once) or, for a sequence, a not-handled entry to {@code leftOut}.
     */
    static void collect(Field field, String entityName, Map<String, Table> tables, List<Unsupported> leftOut) {
        GeneratedValue generated = field.getAnnotation(GeneratedValue.class);
        if (generated == null) {
            return;
        }
        GenerationType strategy = generated.strategy();
        if (strategy == GenerationType.AUTO && field.getType() == UUID.class
                || strategy == GenerationType.IDENTITY || strategy == GenerationType.UUID) {
            return;
        }
        if (strategy == GenerationType.TABLE) {
            TableGenerator named = field.getAnnotation(TableGenerator.class);
            Table table = valuesTable(named);
            tables.putIfAbsent(table.name().toLowerCase(java.util.Locale.ROOT), table);
            return;
        }
        SequenceGenerator named = field.getAnnotation(SequenceGenerator.class);
        String sequence = named != null && !named.sequenceName().isEmpty() ? named.sequenceName()
                : JavaToSqlNames.snakeCase(entityName) + "_seq";
        int step = named == null ? 50 : named.allocationSize();
        leftOut.add(new Unsupported("sequence", sequence, "Hibernate's " + strategy + " generator for "
                + entityName + "." + field.getName() + " needs it (increment " + step + "), or on a database"
                + " without sequences a table " + sequence + " (next_val BIGINT) with one row; Retort does not"
                + " create sequences from JPA models yet: create it in a revision, or use"
                + " @GeneratedValue(strategy = GenerationType.IDENTITY)"));
    }

    /** Hibernate's table of next values, one row per generator: {@code hibernate_sequences} unless renamed. */
    private static Table valuesTable(TableGenerator named) {
        String name = named != null && !named.table().isEmpty() ? named.table() : "hibernate_sequences";
        String key = named != null && !named.pkColumnName().isEmpty() ? named.pkColumnName() : "sequence_name";
        String value = named != null && !named.valueColumnName().isEmpty() ? named.valueColumnName() : "next_val";
        return new Table(name, List.of(new Column(key, string(255), false, null, false, false, false, null),
                new Column(value, BIGINT, true, null, false, false, false, null)),
                new PrimaryKey(null, List.of(key)), List.of(), List.of(), List.of(), List.of());
    }
}
