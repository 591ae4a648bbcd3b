package dev.retort.dialect;

import dev.retort.error.RetortException;
import dev.retort.ops.AlterColumn;
import dev.retort.schema.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * For a dialect that does not change a column's collation, generation, comment or dialect options yet: an
 * {@code alterColumn} that asks for one is refused with what it asked, never carried out without it.
 */
public final class ColumnAttributeChanges {
    private ColumnAttributeChanges() {
    }

    /** Throws when {@code alter} changes an attribute of its column that {@code database} cannot change yet. */
    public static void refuse(AlterColumn alter, String database) {
        Column model = alter.change().attributesOf();
        if (model == null) {
            return;
        }
        Column was = alter.existing();
        List<String> asked = new ArrayList<>();
        if (was == null || !Objects.equals(was.collation(), model.collation())) {
            asked.add("collation " + model.collation());
        }
        if (was == null || !Objects.equals(was.generated(), model.generated())) {
            asked.add("generated " + model.generated());
        }
        if (was == null || !Objects.equals(was.comment(), model.comment())) {
            asked.add("comment " + model.comment());
        }
        if (was == null || !was.options().equals(model.options())) {
            asked.add("options " + model.options());
        }
        if (!asked.isEmpty()) {
            throw new RetortException("cannot change " + String.join(", ", asked) + " of column " + alter.table() + "."
                    + alter.column() + " on " + database + " yet; write the ALTER TABLE with op.execute");
        }
    }
}
