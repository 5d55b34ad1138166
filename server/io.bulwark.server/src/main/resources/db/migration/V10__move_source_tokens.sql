-- The secret a move's source alone holds to ask its target about arrivals (ArrivalCheck). The ticket token goes to
-- every agent of the move, so it no longer proves the source. Moves started before this migration have none: their
-- source cannot ask the target and waits for the agents' own receipts, as it did before arrival checks.
ALTER TABLE move_job ADD COLUMN source_token VARCHAR(512);
