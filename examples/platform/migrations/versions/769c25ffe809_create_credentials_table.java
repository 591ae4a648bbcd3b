// Revision: 769c25ffe809
// Revises: b07fb26855e2
// Create-Date: 2026-03-16T11:05:00Z
// Message: create credentials table for encrypted provider secrets

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_769c25ffe809 implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable("credentials",
                column("id", INTEGER).primaryKey(),
                column("user_id", INTEGER).notNull(),
                column("name", string(100)).notNull(),
                column("credential_type", string(30)).notNull(),
                column("encrypted_value", TEXT).notNull(),
                column("created_at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP"),
                column("updated_at", TIMESTAMP),
                unique("user_id", "name").named("uq_credentials_user_id_name"),
                foreignKey("user_id", "user_profiles", "id").named("fk_credentials_user_id")
                        .onDelete(FkAction.CASCADE));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("credentials");
    }
}
