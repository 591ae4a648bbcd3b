package dev.retort.dialect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.FkAction;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The table-constraint clauses of {@code CREATE TABLE} and {@code ALTER TABLE ... ADD}, which SQL spells the
 * same way in every dialect Retort speaks; only the quoting of names differs, so each dialect passes its own.
 */
public final class ConstraintClauses {
    private final UnaryOperator<String> quote;

    public ConstraintClauses(UnaryOperator<String> quote) {
        this.quote = Objects.requireNonNull(quote, "quote");
    }

    /** {@code PRIMARY KEY (columns)} and its DEFERRABLE clause, which a database that lacks it refuses. */
    public String primaryKey(PrimaryKey pk) {
        return constraintName(pk.name()) + "PRIMARY KEY (" + names(pk.columns()) + ")" + pk.deferrable().suffix();
    }

    /** {@code UNIQUE (columns)} and its DEFERRABLE clause, which a database that lacks it refuses. */
    public String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE (" + names(unique.columns()) + ")" + unique.deferrable().suffix();
    }

    public String foreignKey(ForeignKey fk) {
        return constraintName(fk.name()) + "FOREIGN KEY (" + names(fk.columns()) + ")" + references(fk);
    }

    /**
     * {@code REFERENCES parent (columns)} with its MATCH type, actions and DEFERRABLE clause (the order SQL's
     * grammar gives them), also used inline on a column. A database that knows neither clause refuses them
     * rather than dropping them silently.
     */
    public String references(ForeignKey fk) {
        return " REFERENCES " + quote.apply(fk.refTable()) + " (" + names(fk.refColumns()) + ")"
                + (fk.match() == null ? "" : " MATCH " + fk.match())
                + action("DELETE", fk.onDelete()) + action("UPDATE", fk.onUpdate())
                + fk.deferrable().suffix();
    }

    public String check(CheckConstraint check) {
        return constraintName(check.name()) + "CHECK (" + check.expression().strip() + ")";
    }

    public String names(List<String> names) {
        return names.stream().map(quote).collect(Collectors.joining(", "));
    }

    private static String action(String event, FkAction action) {
        return action == FkAction.NO_ACTION ? "" : " ON " + event + " " + action.sql();
    }

    private String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + quote.apply(name) + " ";
    }
}
