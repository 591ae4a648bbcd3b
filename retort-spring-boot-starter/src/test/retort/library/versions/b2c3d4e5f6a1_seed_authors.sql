-- Revision: b2c3d4e5f6a1
-- Revises: a1b2c3d4e5f6
-- Create-Date: 2026-11-24T10:05:00Z
-- Message: seed the first authors

-- retort:upgrade
INSERT INTO authors (id, name) VALUES (1, 'Ada Lovelace');
INSERT INTO authors (id, name) VALUES (2, 'Grace Hopper');

-- retort:downgrade
DELETE FROM authors WHERE id IN (1, 2);
