-- A chat app: workspaces, channels, members, messages with threads, reactions, files, search.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    handle TEXT NOT NULL COLLATE NOCASE,
    display_name TEXT NOT NULL,
    avatar_url TEXT,
    status_text TEXT,
    last_seen_at INTEGER,
    UNIQUE (handle)
);

CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    owner_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE TABLE workspace_members (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member', 'guest')),
    joined_at INTEGER NOT NULL DEFAULT (unixepoch()),
    PRIMARY KEY (workspace_id, account_id)
) WITHOUT ROWID;

CREATE TABLE channels (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE,
    topic TEXT,
    is_private INTEGER NOT NULL DEFAULT 0,
    archived_at INTEGER,
    UNIQUE (workspace_id, name)
);
CREATE INDEX ix_channels_live ON channels (workspace_id) WHERE archived_at IS NULL;

CREATE TABLE channel_members (
    channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    last_read_message_id INTEGER,
    muted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (channel_id, account_id)
) WITHOUT ROWID;

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES accounts (id),
    thread_root_id INTEGER REFERENCES messages (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    body TEXT NOT NULL,
    sent_at INTEGER NOT NULL DEFAULT (unixepoch()),
    edited_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    body_length INTEGER GENERATED ALWAYS AS (length(body)) VIRTUAL
);
CREATE INDEX ix_messages_channel_time ON messages (channel_id, sent_at);
CREATE INDEX ix_messages_thread ON messages (thread_root_id, sent_at) WHERE thread_root_id IS NOT NULL;

CREATE TABLE message_edits (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    previous_body TEXT NOT NULL,
    edited_at INTEGER NOT NULL
);

CREATE TABLE reactions (
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    emoji TEXT NOT NULL,
    PRIMARY KEY (message_id, account_id, emoji)
) WITHOUT ROWID;

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    storage_key TEXT NOT NULL UNIQUE
);

CREATE TABLE mentions (
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (message_id, account_id)
);

CREATE TABLE direct_conversations (
    id INTEGER PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
    first_id INTEGER NOT NULL REFERENCES accounts (id),
    second_id INTEGER NOT NULL REFERENCES accounts (id),
    CHECK (first_id < second_id),
    UNIQUE (workspace_id, first_id, second_id)
);

CREATE TABLE pins (
    channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    pinned_by INTEGER REFERENCES accounts (id),
    PRIMARY KEY (channel_id, message_id)
);

CREATE TABLE invitations (
    token TEXT PRIMARY KEY,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    invited_by INTEGER NOT NULL REFERENCES accounts (id),
    expires_at INTEGER NOT NULL,
    accepted_at INTEGER
) WITHOUT ROWID;

CREATE TABLE webhooks (
    id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    secret BLOB NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE presence (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT 'away',
    since INTEGER NOT NULL
) STRICT;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value
);

CREATE VIRTUAL TABLE message_search USING fts5(body, content='messages', content_rowid='id');

CREATE VIEW unread_counts AS
    SELECT cm.account_id, cm.channel_id, count(m.id) AS unread
    FROM channel_members cm
    JOIN messages m ON m.channel_id = cm.channel_id AND m.id > coalesce(cm.last_read_message_id, 0)
    WHERE m.deleted = 0
    GROUP BY cm.account_id, cm.channel_id;

CREATE VIEW thread_sizes AS
    SELECT thread_root_id AS root_id, count(*) AS replies, max(sent_at) AS last_reply_at
    FROM messages WHERE thread_root_id IS NOT NULL GROUP BY thread_root_id;

CREATE TRIGGER messages_search_ai AFTER INSERT ON messages BEGIN
    INSERT INTO message_search (rowid, body) VALUES (new.id, new.body);
END;

-- Keep the edit history when a body changes, whatever the edit was.
CREATE TRIGGER messages_keep_edits BEFORE UPDATE OF body ON messages
FOR EACH ROW WHEN old.body IS NOT new.body
BEGIN
    INSERT INTO message_edits (message_id, previous_body, edited_at)
    VALUES (old.id, old.body, CASE WHEN new.edited_at IS NULL THEN unixepoch() ELSE new.edited_at END);
END;
