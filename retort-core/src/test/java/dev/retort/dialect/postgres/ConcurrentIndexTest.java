package dev.retort.dialect.postgres;

import dev.retort.dialect.CapturingSession;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.mysql.MysqlServer;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.ops.Operation;
import dev.retort.ops.OpsHandle;
import dev.retort.schema.Index;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code concurrently()} on an index change: the operation it records, its reverse, and the SQL per dialect. */
class ConcurrentIndexTest {
    private static final Index INDEX = Index.index("ix_logs_run", "execution_logs", "run_id");

    @Test
    void concurrentlyTurnsTheRecordedChangeIntoItsConcurrentFormAndReversesToOne() {
        List<Operation> recorded = new ArrayList<>();
        OpsHandle op = OpsHandle.recording("postgresql", recorded);
        op.createIndex("ix_logs_run", "execution_logs", "run_id").concurrently();
        op.createIndex("ix_logs_day", "execution_logs", "day");
        op.dropIndex("ix_old").concurrently();
        assertEquals(List.of(new CreateIndex(INDEX, true), new CreateIndex(Index.index("ix_logs_day", "execution_logs", "day")),
                new DropIndex("ix_old", null, null, true)), recorded);
        assertEquals(new DropIndex("ix_logs_run", "execution_logs", INDEX, true), recorded.get(0).reverse());
        assertEquals(recorded.get(0), recorded.get(0).reverse().reverse());
    }

    @Test
    void postgresqlWritesConcurrentlyAndMysqlTheOrdinaryStatement() {
        assertEquals("CREATE INDEX CONCURRENTLY ix_logs_run ON execution_logs (run_id)",
                PostgresDdlRenderer.createIndex(INDEX, true));
        assertEquals("DROP INDEX CONCURRENTLY ix_logs_run", PostgresDdlRenderer.dropIndex("ix_logs_run", true));
        assertEquals("CREATE INDEX ix_logs_run ON execution_logs (run_id)", PostgresDdlRenderer.createIndex(INDEX, false));
        CapturingSession offline = new CapturingSession((java.sql.Connection) null);
        assertEquals(List.of("CREATE INDEX `ix_logs_run` ON `execution_logs` (`run_id`)"),
                new MysqlDialect(MysqlServer.DEFAULT).render(new CreateIndex(INDEX, true), offline),
                "InnoDB builds the index in place anyway");
    }
}
