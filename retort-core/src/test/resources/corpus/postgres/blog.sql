-- A blog and CMS: authors, posts, revisions, comments, media, newsletters.
CREATE TYPE post_status AS ENUM ('draft', 'review', 'published', 'archived');
CREATE TABLE users (id serial PRIMARY KEY, login varchar(60) NOT NULL UNIQUE, email text NOT NULL, display_name text,
    registered_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE roles (id serial PRIMARY KEY, name varchar(40) NOT NULL UNIQUE);
CREATE TABLE user_roles (user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE, role_id integer NOT NULL
    REFERENCES roles (id), PRIMARY KEY (user_id, role_id));
CREATE TABLE posts (id serial PRIMARY KEY, author_id integer NOT NULL REFERENCES users (id), slug varchar(200) NOT NULL UNIQUE,
    title text NOT NULL, body text, status post_status NOT NULL DEFAULT 'draft', published_at timestamp,
    search_title text GENERATED ALWAYS AS (lower(title)) STORED);
COMMENT ON TABLE posts IS 'Articles and pages';
CREATE INDEX ix_posts_published ON posts (published_at DESC NULLS LAST) WHERE status = 'published';
CREATE TABLE post_revisions (id serial PRIMARY KEY, post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body text, saved_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE tags (id serial PRIMARY KEY, name varchar(60) NOT NULL UNIQUE);
CREATE TABLE post_tags (post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE, tag_id integer NOT NULL
    REFERENCES tags (id) ON DELETE CASCADE, PRIMARY KEY (post_id, tag_id));
CREATE TABLE comments (id serial PRIMARY KEY, post_id integer NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    parent_id integer REFERENCES comments (id), author_name text NOT NULL, body text NOT NULL, approved boolean NOT NULL DEFAULT false);
CREATE INDEX ix_comments_post ON comments (post_id) INCLUDE (approved);
CREATE TABLE media (id serial PRIMARY KEY, uploader_id integer REFERENCES users (id) ON DELETE SET NULL, path text NOT NULL,
    mime varchar(100) NOT NULL, bytes bigint NOT NULL CHECK (bytes >= 0));
CREATE INDEX ix_media_mime ON media USING hash (mime);
CREATE TABLE post_media (post_id integer NOT NULL REFERENCES posts (id), media_id integer NOT NULL REFERENCES media (id),
    position integer NOT NULL DEFAULT 0, PRIMARY KEY (post_id, media_id));
CREATE TABLE menus (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE menu_items (id serial PRIMARY KEY, menu_id integer NOT NULL REFERENCES menus (id) ON DELETE CASCADE,
    label text NOT NULL, url text, position integer NOT NULL);
CREATE TABLE settings (key varchar(100) PRIMARY KEY, value jsonb NOT NULL);
CREATE TABLE subscribers (id serial PRIMARY KEY, email varchar(200) NOT NULL UNIQUE, confirmed boolean NOT NULL DEFAULT false);
CREATE TABLE newsletters (id serial PRIMARY KEY, subject text NOT NULL, sent_at timestamp);
CREATE TABLE deliveries (newsletter_id integer NOT NULL REFERENCES newsletters (id), subscriber_id integer NOT NULL
    REFERENCES subscribers (id) ON DELETE CASCADE, opened boolean NOT NULL DEFAULT false, PRIMARY KEY (newsletter_id, subscriber_id));
