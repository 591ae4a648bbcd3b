-- Revision: 2c2c2c2c2c2c
-- Revises: 0a0a0a0a0a0a
-- Message: create customers

-- retort:upgrade
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
-- retort:downgrade
DROP TABLE customers;
