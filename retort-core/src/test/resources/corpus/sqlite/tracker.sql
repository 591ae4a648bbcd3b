-- An issue tracker: projects, issues, labels, milestones, comments, watchers, time tracking, history.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    email TEXT COLLATE NOCASE,
    is_bot INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE team_members (
    team_id INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, person_id)
) WITHOUT ROWID;

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE CHECK (key = upper(key) AND length(key) BETWEEN 2 AND 10),
    name TEXT NOT NULL,
    lead_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    team_id INTEGER REFERENCES teams (id),
    next_number INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    due_on DATE,
    closed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (project_id, title)
);

CREATE TABLE issues (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'bug' CHECK (kind IN ('bug', 'feature', 'task')),
    priority INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    state TEXT NOT NULL DEFAULT 'open',
    reporter_id INTEGER NOT NULL REFERENCES people (id),
    assignee_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    milestone_id INTEGER REFERENCES milestones (id) ON DELETE SET NULL,
    duplicate_of INTEGER REFERENCES issues (id) DEFERRABLE INITIALLY DEFERRED,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    closed_at TEXT,
    is_open INTEGER GENERATED ALWAYS AS (closed_at IS NULL) VIRTUAL,
    CONSTRAINT uq_issues_number UNIQUE (project_id, number)
);
CREATE INDEX ix_issues_assignee_open ON issues (assignee_id, priority) WHERE closed_at IS NULL;
CREATE INDEX ix_issues_milestone ON issues (milestone_id);
CREATE INDEX ix_issues_title_nocase ON issues (title COLLATE NOCASE);

CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE,
    color TEXT NOT NULL DEFAULT '#cccccc' CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    UNIQUE (project_id, name)
);

CREATE TABLE issue_labels (
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, label_id)
) WITHOUT ROWID;

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES people (id),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT
);
CREATE INDEX ix_comments_issue ON comments (issue_id, created_at);

CREATE TABLE watchers (
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, person_id)
);

CREATE TABLE issue_links (
    from_issue INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    to_issue INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('blocks', 'relates', 'clones')),
    PRIMARY KEY (from_issue, to_issue, kind),
    CHECK (from_issue <> to_issue)
) WITHOUT ROWID;

CREATE TABLE work_logs (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id),
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    worked_on DATE NOT NULL,
    note TEXT,
    hours REAL GENERATED ALWAYS AS (minutes / 60.0) STORED
);

CREATE TABLE issue_events (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES people (id),
    event TEXT NOT NULL,
    old_value,
    new_value,
    at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_issue_events_issue ON issue_events (issue_id, id);

CREATE TABLE saved_filters (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    shared INTEGER NOT NULL DEFAULT 0,
    UNIQUE (owner_id, name)
);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    uploader_id INTEGER NOT NULL REFERENCES people (id),
    name TEXT NOT NULL,
    content BLOB NOT NULL,
    size INTEGER GENERATED ALWAYS AS (length(content)) VIRTUAL
);

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE issue_search USING fts5(title, body, content='issues', content_rowid='id');

CREATE VIEW open_issues AS
    SELECT i.id, p.key || '-' || i.number AS ref, i.title, i.priority, a.login AS assignee
    FROM issues i
    JOIN projects p ON p.id = i.project_id
    LEFT JOIN people a ON a.id = i.assignee_id
    WHERE i.closed_at IS NULL;

CREATE VIEW urgent_open_issues AS
    SELECT * FROM open_issues WHERE priority = 1;

CREATE VIEW time_spent AS
    SELECT issue_id, sum(minutes) AS minutes FROM work_logs GROUP BY issue_id;

-- Number issues per project.
CREATE TRIGGER issues_number AFTER INSERT ON issues
WHEN new.number = 0
BEGIN
    UPDATE issues SET number = (SELECT next_number FROM projects WHERE id = new.project_id) WHERE id = new.id;
    UPDATE projects SET next_number = next_number + 1 WHERE id = new.project_id;
END;

CREATE TRIGGER issues_state_event AFTER UPDATE OF state ON issues
BEGIN
    INSERT INTO issue_events (issue_id, event, old_value, new_value)
    VALUES (new.id, CASE WHEN new.state = 'closed' THEN 'closed' ELSE 'state' END, old.state, new.state);
END;

CREATE TRIGGER issues_search_ai AFTER INSERT ON issues BEGIN
    INSERT INTO issue_search (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
