-- A blog: authors, posts with revisions, tags, comments, media, newsletters.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE,
    display_name VARCHAR(80) NOT NULL,
    bio TEXT,
    is_admin BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE user_settings (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    theme VARCHAR(20) NOT NULL DEFAULT 'light',
    timezone VARCHAR(64) NOT NULL DEFAULT 'UTC',
    email_digest BOOLEAN NOT NULL DEFAULT 1
);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    slug VARCHAR(60) NOT NULL UNIQUE,
    title VARCHAR(120) NOT NULL,
    position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0)
);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES users (id),
    category_id INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    slug VARCHAR(160) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    status VARCHAR(12) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
    published_at TIMESTAMP,
    word_count INTEGER GENERATED ALWAYS AS (length(body) - length(replace(body, ' ', '')) + 1) VIRTUAL,
    CONSTRAINT uq_posts_slug UNIQUE (slug)
);
CREATE INDEX ix_posts_author ON posts (author_id);
CREATE INDEX ix_posts_published ON posts (published_at DESC) WHERE status = 'published';

CREATE TABLE post_revisions (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    editor_id INTEGER REFERENCES users (id),
    body TEXT NOT NULL,
    edited_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_post_revisions_post ON post_revisions (post_id, edited_at);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE,
    CONSTRAINT uq_tags_name UNIQUE (name)
);

CREATE TABLE post_tags (
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    author_name VARCHAR(80) NOT NULL,
    author_email VARCHAR(254),
    body TEXT NOT NULL,
    approved BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_comments_pending ON comments (post_id) WHERE approved = 0;

CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    uploader_id INTEGER NOT NULL REFERENCES users (id),
    path TEXT NOT NULL UNIQUE,
    mime_type VARCHAR(100) NOT NULL,
    bytes INTEGER NOT NULL CHECK (bytes > 0),
    width INTEGER,
    height INTEGER,
    uploaded_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE post_media (
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    media_id INTEGER NOT NULL REFERENCES media (id) ON DELETE RESTRICT,
    caption TEXT,
    PRIMARY KEY (post_id, media_id)
);

CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    description TEXT
);

CREATE TABLE series_posts (
    series_id INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (series_id, post_id),
    UNIQUE (series_id, position)
);

CREATE TABLE subscribers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE,
    confirmed_at TIMESTAMP,
    unsubscribed_at TIMESTAMP
);

CREATE TABLE newsletters (
    id INTEGER PRIMARY KEY,
    subject VARCHAR(200) NOT NULL,
    sent_at TIMESTAMP
);

CREATE TABLE newsletter_deliveries (
    newsletter_id INTEGER NOT NULL REFERENCES newsletters (id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    delivered_at TIMESTAMP,
    opened_at TIMESTAMP,
    PRIMARY KEY (newsletter_id, subscriber_id)
);

CREATE TABLE redirects (
    from_path TEXT PRIMARY KEY,
    to_path TEXT NOT NULL,
    permanent BOOLEAN NOT NULL DEFAULT 1
) WITHOUT ROWID;

CREATE TABLE page_views (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    viewed_on DATE NOT NULL,
    views INTEGER NOT NULL DEFAULT 0,
    UNIQUE (post_id, viewed_on)
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    subject,
    payload BLOB,
    at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE VIRTUAL TABLE post_search USING fts5(title, body, content='posts', content_rowid='id');

CREATE VIEW published_posts AS
    SELECT p.id, p.slug, p.title, u.display_name AS author, p.published_at
    FROM posts p JOIN users u ON u.id = p.author_id
    WHERE p.status = 'published';

CREATE VIEW recent_published_posts AS
    SELECT * FROM published_posts ORDER BY published_at DESC LIMIT 20;

-- Keep the search index in step with the posts.
CREATE TRIGGER posts_search_insert AFTER INSERT ON posts BEGIN
    INSERT INTO post_search (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER posts_search_delete AFTER DELETE ON posts BEGIN
    INSERT INTO post_search (post_search, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER posts_revision AFTER UPDATE OF body ON posts
WHEN old.body <> new.body
BEGIN
    INSERT INTO post_revisions (post_id, body) VALUES (old.id, old.body);
END;
