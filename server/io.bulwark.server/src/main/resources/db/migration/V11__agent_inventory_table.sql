-- Written in the SQL common to H2 and PostgreSQL, so one migration serves both.

-- Each agent's latest inventory report (JSON) and when it arrived, in a table of its own (decision 0018): the agent
-- row is rewritten by every status change, presence write-behind and move step, and H2 stores a changed row's page
-- again on each commit, so the agent row keeps only small, hot columns. An agent without a report has no row here;
-- its row goes with the agent (ON DELETE CASCADE). agent.os stays, since listings show and filter on it.
CREATE TABLE agent_inventory (
    agent_id UUID NOT NULL,
    inventory VARCHAR(1000000) NOT NULL,
    inventory_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agent_inventory_pk PRIMARY KEY (agent_id),
    CONSTRAINT agent_inventory_agent_fk FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
);

INSERT INTO agent_inventory (agent_id, inventory, inventory_at)
    SELECT id, inventory, COALESCE(inventory_at, registered_at) FROM agent WHERE inventory IS NOT NULL;

ALTER TABLE agent DROP COLUMN inventory;
ALTER TABLE agent DROP COLUMN inventory_at;
