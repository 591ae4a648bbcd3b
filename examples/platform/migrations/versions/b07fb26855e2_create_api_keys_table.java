// Revision: b07fb26855e2
// Revises: d3c32713191a
// Create-Date: 2026-03-09T15:40:00Z
// Message: create api_keys table for programmatic access

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_b07fb26855e2 implements Migration {
    @Override
    public void upgrade(Ops op) {
        // Only a hash of the key is stored; the prefix lets users tell their keys apart in the UI.
        op.createTable("api_keys",
                column("id", INTEGER).primaryKey(),
                column("user_id", INTEGER).notNull(),
                column("name", string(100)).notNull(),
                column("key_prefix", string(12)).notNull(),
                column("key_hash", string(128)).notNull().unique(),
                column("created_at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP"),
                column("expires_at", TIMESTAMP),
                column("revoked", BOOLEAN).notNull().serverDefault("0"),
                foreignKey("user_id", "user_profiles", "id").named("fk_api_keys_user_id")
                        .onDelete(FkAction.CASCADE));
        op.createIndex("ix_api_keys_user_id", "api_keys", "user_id");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("ix_api_keys_user_id");
        op.dropTable("api_keys");
    }
}
