import org.flywaydb.core.Flyway;

/** The Flyway side of bench/run: {@code java -cp FLYWAY:SQLITE FlywayRun DB_FILE MIGRATIONS_DIR} migrates to the last version. */
public class FlywayRun {
    public static void main(String[] args) {
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + args[0], null, null)
                .locations("filesystem:" + args[1])
                .load()
                .migrate();
    }
}
