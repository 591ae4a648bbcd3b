package dev.retort.autogen;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;

import java.util.List;

/**
 * A target schema written in Java with Retort's builders, for projects without JPA entities:
 * <pre>{@code
 * public class Models implements SchemaModel {
 *     public Schema schema() {
 *         return SchemaModel.tables(
 *                 Table.of("users", column("id", INTEGER).primaryKey(), column("name", string(100)).notNull()));
 *     }
 * }
 * }</pre>
 * The class needs a constructor without arguments.
 * <p>
 * The schema may also hold views, triggers and dialect objects ({@code new Schema(tables, views, triggers, ...)}).
 * A model describes only the kinds it declares at least one of ({@link ModelScope#declaredIn}): the database's
 * views are dropped when they are missing from a model that declares a view, and kept and named when the model
 * declares none, as with {@link #tables}.
 */
public interface SchemaModel {
    Schema schema();

    /** A schema of these tables and no views. */
    static Schema tables(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }
}
