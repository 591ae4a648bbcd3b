-- Revision: 0a0a0a0a0a0a
-- Revises:
-- Message: create orders

-- retort:upgrade
CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC(10, 2) NOT NULL);
-- retort:downgrade
DROP TABLE orders;
