-- An issue tracker on MariaDB.
CREATE TABLE accounts (id BIGINT AUTO_INCREMENT PRIMARY KEY, handle VARCHAR(40) NOT NULL UNIQUE, full_name VARCHAR(100),
    active TINYINT(1) NOT NULL DEFAULT 1, legacy_uid INT(8) INVISIBLE);
CREATE TABLE teams (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL UNIQUE);
CREATE TABLE memberships (team_id INT NOT NULL, account_id BIGINT NOT NULL, admin TINYINT(1) NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, account_id), CONSTRAINT fk_m_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE,
    CONSTRAINT fk_m_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE);
CREATE TABLE projects (id INT AUTO_INCREMENT PRIMARY KEY, team_id INT NOT NULL, project_key VARCHAR(10) NOT NULL UNIQUE
    COMMENT 'prefix of issue numbers', name VARCHAR(100) NOT NULL, CONSTRAINT fk_projects_team FOREIGN KEY (team_id) REFERENCES teams (id));
CREATE TABLE milestones (id INT AUTO_INCREMENT PRIMARY KEY, project_id INT NOT NULL, title VARCHAR(100) NOT NULL, due DATE,
    CONSTRAINT fk_ms_project FOREIGN KEY (project_id) REFERENCES projects (id));
CREATE TABLE sprints (id INT AUTO_INCREMENT PRIMARY KEY, project_id INT NOT NULL, starts DATE NOT NULL, ends DATE NOT NULL,
    CONSTRAINT ck_sprint_dates CHECK (ends > starts), CONSTRAINT fk_sprints_project FOREIGN KEY (project_id) REFERENCES projects (id));
CREATE TABLE issues (id BIGINT AUTO_INCREMENT PRIMARY KEY, project_id INT NOT NULL, number INT NOT NULL, kind VARCHAR(10) NOT NULL DEFAULT 'task',
    title VARCHAR(200) NOT NULL, body TEXT, reporter_id BIGINT, assignee_id BIGINT, milestone_id INT, sprint_id INT,
    UNIQUE KEY uq_issue_number (project_id, number), FULLTEXT KEY ft_issues (title, body),
    CONSTRAINT fk_issues_project FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT fk_issues_reporter FOREIGN KEY (reporter_id) REFERENCES accounts (id),
    CONSTRAINT fk_issues_assignee FOREIGN KEY (assignee_id) REFERENCES accounts (id),
    CONSTRAINT fk_issues_milestone FOREIGN KEY (milestone_id) REFERENCES milestones (id),
    CONSTRAINT fk_issues_sprint FOREIGN KEY (sprint_id) REFERENCES sprints (id));
CREATE TABLE issue_links (from_id BIGINT NOT NULL, to_id BIGINT NOT NULL, kind VARCHAR(20) NOT NULL, PRIMARY KEY (from_id, to_id, kind),
    CONSTRAINT fk_links_from FOREIGN KEY (from_id) REFERENCES issues (id) ON DELETE CASCADE,
    CONSTRAINT fk_links_to FOREIGN KEY (to_id) REFERENCES issues (id) ON DELETE CASCADE);
CREATE TABLE issue_comments (id BIGINT AUTO_INCREMENT PRIMARY KEY, issue_id BIGINT NOT NULL, author_id BIGINT, body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_ic_issue FOREIGN KEY (issue_id) REFERENCES issues (id) ON DELETE CASCADE,
    CONSTRAINT fk_ic_author FOREIGN KEY (author_id) REFERENCES accounts (id));
CREATE TABLE attachments (id BIGINT AUTO_INCREMENT PRIMARY KEY, issue_id BIGINT NOT NULL, file_name VARCHAR(255) NOT NULL,
    size_bytes BIGINT NOT NULL, CONSTRAINT fk_att_issue FOREIGN KEY (issue_id) REFERENCES issues (id) ON DELETE CASCADE);
CREATE TABLE time_entries (id BIGINT AUTO_INCREMENT PRIMARY KEY, issue_id BIGINT NOT NULL, account_id BIGINT NOT NULL,
    minutes INT NOT NULL, spent_on DATE NOT NULL, hours DECIMAL(8, 2) AS (minutes / 60) PERSISTENT,
    CONSTRAINT fk_te_issue FOREIGN KEY (issue_id) REFERENCES issues (id), CONSTRAINT fk_te_account FOREIGN KEY (account_id) REFERENCES accounts (id));
CREATE TABLE watchers (issue_id BIGINT NOT NULL, account_id BIGINT NOT NULL, PRIMARY KEY (issue_id, account_id),
    CONSTRAINT fk_w_issue FOREIGN KEY (issue_id) REFERENCES issues (id) ON DELETE CASCADE,
    CONSTRAINT fk_w_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE);
CREATE TABLE notifications (id BIGINT AUTO_INCREMENT PRIMARY KEY, account_id BIGINT NOT NULL, issue_id BIGINT, seen TINYINT(1) NOT NULL DEFAULT 0,
    CONSTRAINT fk_n_account FOREIGN KEY (account_id) REFERENCES accounts (id));
CREATE TABLE webhooks (id INT AUTO_INCREMENT PRIMARY KEY, project_id INT NOT NULL, url VARCHAR(255) NOT NULL, secret VARCHAR(80),
    CONSTRAINT fk_hooks_project FOREIGN KEY (project_id) REFERENCES projects (id));
CREATE TABLE activity (id BIGINT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(200) NOT NULL, at DATETIME NOT NULL) ENGINE=MyISAM
    DEFAULT CHARSET=latin1 COMMENT='append-only';
