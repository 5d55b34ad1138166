-- Written in the SQL common to H2 and PostgreSQL, so one migration serves both.

-- The stored answer of an idempotent change may be larger than a million characters: a move of 10,000 agents answers
-- every agent's progress. TEXT has no declared limit on PostgreSQL and holds up to a billion characters on H2.
ALTER TABLE idempotency_record ALTER COLUMN body SET DATA TYPE TEXT;
