// Revision: a5083172525d
// Revises: b9fedf64cb52
// Create-Date: 2026-05-20T10:10:00Z
// Message: drop unused telegram_chat_id from user_profiles

import dev.retort.ops.*;
import dev.retort.schema.*;

import static dev.retort.ops.Dsl.*;
import static dev.retort.schema.Types.*;

class Revision_a5083172525d implements Migration {
    @Override
    public void upgrade(Ops op) {
        // Telegram chat ids live in credentials now. The column carries an unnamed UNIQUE constraint,
        // which SQLite cannot drop with ALTER TABLE: drop the constraint first, then the column.
        op.dropUniqueConstraint("user_profiles", "telegram_chat_id");
        op.dropColumn("user_profiles", "telegram_chat_id");
    }

    @Override
    public void downgrade(Ops op) {
        op.addColumn("user_profiles", column("telegram_chat_id", string(64)));
        op.createUniqueConstraint(null, "user_profiles", "telegram_chat_id");
    }
}
