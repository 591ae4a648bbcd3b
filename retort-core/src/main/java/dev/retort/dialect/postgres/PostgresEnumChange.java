package dev.retort.dialect.postgres;

import dev.retort.ops.Execute;
import dev.retort.ops.Operation;
import dev.retort.schema.SchemaObject;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A changed enum type. Values added anywhere, with the old ones kept in their order, become
 * {@code ALTER TYPE ... ADD VALUE ... BEFORE/AFTER} (postgresql.org/docs/current/sql-altertype.html). PostgreSQL
 * cannot remove a value, so the reverse rebuilds the type with the old values: renamed aside, created anew, every
 * column of the current schema that uses it converted through text (a row holding a removed value makes that fail,
 * and the revision rolls back), the old type dropped. A change that removes or reorders values is for a person.
 */
final class PostgresEnumChange {
    private static final Pattern ADD_VALUE = Pattern.compile("ALTER TYPE .+? ADD VALUE ('(?:[^']|'')*')");

    private PostgresEnumChange() {
    }

    /** The operations, or an empty list when the change is not additions alone. */
    static List<Operation> of(SchemaObject current, SchemaObject target) {
        List<String> before = PostgresObjects.enumValues(current);
        List<String> after = PostgresObjects.enumValues(target);
        if (!after.containsAll(before) || !after.stream().filter(before::contains).toList().equals(before)) {
            return List.of();
        }
        String type = PostgresIdentifiers.quote(target.name());
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            String value = after.get(i);
            if (before.contains(value)) {
                continue;
            }
            // Added in list order, each next to a value already there, so the final order is the target's.
            String position = i == 0 ? " BEFORE " + PostgresIdentifiers.literal(after.get(1))
                    : " AFTER " + PostgresIdentifiers.literal(after.get(i - 1));
            statements.add("ALTER TYPE " + type + " ADD VALUE " + PostgresIdentifiers.literal(value) + position);
        }
        return List.of(new Execute(String.join(";\n", statements), PostgresProvider.NAME,
                rebuild(target.name(), before)));
    }

    /**
     * The values an operation this class wrote adds, as SQL literals ({@code 'review'}), or an empty list for any
     * other operation: read back from its statements, which start {@code ALTER TYPE t ADD VALUE 'v'}.
     */
    static List<String> addedValues(Operation operation) {
        List<String> values = new ArrayList<>();
        if (operation instanceof Execute execute && PostgresProvider.NAME.equals(execute.dialect())) {
            for (String statement : execute.sql().split(";\n")) {
                Matcher added = ADD_VALUE.matcher(statement);
                if (!added.lookingAt()) {
                    return List.of();
                }
                values.add(added.group(1));
            }
        }
        return values;
    }

    /** Rebuilds the type with {@code values}, converting each column and default that uses it. */
    static String rebuild(String name, List<String> values) {
        String type = PostgresIdentifiers.quote(name);
        String aside = PostgresIdentifiers.quote(name + "_retort_old");
        String list = String.join(", ", values.stream().map(PostgresIdentifiers::literal).toList());
        return "ALTER TYPE " + type + " RENAME TO " + aside + ";\n"
                + "CREATE TYPE " + type + " AS ENUM (" + list + ");\n"
                + "DO $retort$ DECLARE r record; BEGIN\n"
                + "  FOR r IN SELECT c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid) AS dflt FROM pg_attribute a\n"
                + "    JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum\n"
                + "    WHERE a.atttypid = " + PostgresIdentifiers.literal(name + "_retort_old") + "::regtype"
                + " AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 LOOP\n"
                + "    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I DROP DEFAULT', r.relname, r.attname);\n"
                + "    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE %s USING %I::text::%s', r.relname, r.attname, "
                + PostgresIdentifiers.literal(type) + ", r.attname, " + PostgresIdentifiers.literal(type) + ");\n"
                + "    IF r.dflt IS NOT NULL THEN EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET DEFAULT %s', r.relname,"
                + " r.attname, replace(r.dflt, " + PostgresIdentifiers.literal(aside.replace("\"", "")) + ", "
                + PostgresIdentifiers.literal(type) + ")); END IF;\n"
                + "  END LOOP;\nEND $retort$;\n"
                + "DROP TYPE " + aside;
    }
}
