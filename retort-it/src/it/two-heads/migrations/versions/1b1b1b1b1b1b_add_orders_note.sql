-- Revision: 1b1b1b1b1b1b
-- Revises: 0a0a0a0a0a0a
-- Message: add note column to orders

-- retort:upgrade
ALTER TABLE orders ADD COLUMN note TEXT;
-- retort:downgrade
ALTER TABLE orders DROP COLUMN note;
