-- A wiki: spaces, pages with revisions, links, categories, uploads, talk pages, watchlists.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL COLLATE NOCASE,
    real_name TEXT,
    email TEXT,
    registered_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    edit_count INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT uq_users_name UNIQUE (name)
);

CREATE TABLE user_groups (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_name TEXT NOT NULL CHECK (group_name IN ('sysop', 'bureaucrat', 'bot', 'autoconfirmed')),
    expires_at TEXT,
    PRIMARY KEY (user_id, group_name)
) WITHOUT ROWID;

CREATE TABLE spaces (
    id INTEGER PRIMARY KEY,
    prefix TEXT NOT NULL UNIQUE COLLATE NOCASE,
    title TEXT NOT NULL,
    is_talk INTEGER NOT NULL DEFAULT 0,
    subject_space_id INTEGER REFERENCES spaces (id)
);

CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    space_id INTEGER NOT NULL REFERENCES spaces (id),
    title TEXT NOT NULL,
    is_redirect INTEGER NOT NULL DEFAULT 0,
    latest_revision_id INTEGER REFERENCES revisions (id) DEFERRABLE INITIALLY DEFERRED,
    touched_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    length INTEGER NOT NULL DEFAULT 0,
    UNIQUE (space_id, title)
);
CREATE INDEX ix_pages_redirects ON pages (space_id, title) WHERE is_redirect = 1;
CREATE INDEX ix_pages_length ON pages (length);

CREATE TABLE texts (
    id INTEGER PRIMARY KEY,
    content TEXT NOT NULL,
    format TEXT NOT NULL DEFAULT 'wikitext',
    sha1 TEXT NOT NULL
);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES revisions (id),
    text_id INTEGER NOT NULL REFERENCES texts (id),
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    summary TEXT NOT NULL DEFAULT '',
    minor INTEGER NOT NULL DEFAULT 0,
    saved_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    size INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_revisions_page_time ON revisions (page_id, saved_at);
CREATE INDEX ix_revisions_author ON revisions (author_id, saved_at) WHERE author_id IS NOT NULL;

CREATE TABLE page_links (
    from_page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    to_space_id INTEGER NOT NULL,
    to_title TEXT NOT NULL,
    PRIMARY KEY (from_page_id, to_space_id, to_title)
) WITHOUT ROWID;
CREATE INDEX ix_page_links_target ON page_links (to_space_id, to_title);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE,
    pages INTEGER NOT NULL DEFAULT 0,
    subcategories INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE category_links (
    page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    sort_key TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    PRIMARY KEY (page_id, category_id)
);
CREATE INDEX ix_category_links_sorted ON category_links (category_id, sort_key);

CREATE TABLE uploads (
    name TEXT PRIMARY KEY,
    uploader_id INTEGER REFERENCES users (id),
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    megapixels REAL GENERATED ALWAYS AS (width * height / 1000000.0) VIRTUAL,
    uploaded_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
) WITHOUT ROWID;

CREATE TABLE watchlist (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    notified_at TEXT,
    PRIMARY KEY (user_id, space_id, title)
) WITHOUT ROWID;

CREATE TABLE protections (
    page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('edit', 'move', 'upload')),
    level TEXT NOT NULL,
    expires_at TEXT,
    PRIMARY KEY (page_id, action)
);

CREATE TABLE blocks (
    id INTEGER PRIMARY KEY,
    target_user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    target_address TEXT,
    by_user_id INTEGER NOT NULL REFERENCES users (id),
    reason TEXT NOT NULL DEFAULT '',
    expires_at TEXT,
    CHECK (target_user_id IS NOT NULL OR target_address IS NOT NULL)
);

CREATE TABLE recent_changes (
    id INTEGER PRIMARY KEY,
    page_id INTEGER REFERENCES pages (id) ON DELETE SET NULL,
    revision_id INTEGER REFERENCES revisions (id) ON DELETE SET NULL,
    user_id INTEGER REFERENCES users (id),
    kind TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    patrolled INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_recent_changes_unpatrolled ON recent_changes (at) WHERE patrolled = 0;

CREATE TABLE site_stats (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pages INTEGER NOT NULL DEFAULT 0,
    edits INTEGER NOT NULL DEFAULT 0,
    users INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE job_queue (
    id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    params,
    attempts INTEGER NOT NULL DEFAULT 0,
    queued_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE VIRTUAL TABLE text_search USING fts5(content, content='texts', content_rowid='id');

CREATE VIEW page_heads AS
    SELECT p.id AS page_id, s.prefix, p.title, r.id AS revision_id, r.saved_at, u.name AS author
    FROM pages p
    JOIN spaces s ON s.id = p.space_id
    LEFT JOIN revisions r ON r.id = p.latest_revision_id
    LEFT JOIN users u ON u.id = r.author_id;

CREATE VIEW orphaned_pages AS
    SELECT ph.* FROM page_heads ph
    WHERE NOT EXISTS (SELECT 1 FROM page_links l WHERE l.to_title = ph.title);

CREATE TRIGGER revisions_count AFTER INSERT ON revisions
BEGIN
    UPDATE users SET edit_count = edit_count + 1 WHERE id = new.author_id;
    UPDATE site_stats SET edits = edits + 1 WHERE id = 1;
END;

CREATE TRIGGER category_links_count AFTER INSERT ON category_links
BEGIN
    UPDATE categories SET pages = pages + 1 WHERE id = new.category_id;
END;
