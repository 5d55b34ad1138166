-- Written in the SQL common to H2 and PostgreSQL, so one migration serves both.

-- What agents report about themselves, and what the server concludes from it.
-- last_seen is written in batches behind the heartbeats (the server keeps the latest in memory);
-- status is the background sweep's verdict (offline after 3 missed heartbeat intervals), so that
-- listings can filter on it; inventory is the agent's latest inventory report as JSON.
ALTER TABLE agent ADD COLUMN agent_version VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE agent ADD COLUMN heartbeat_interval_ms INTEGER DEFAULT 60000 NOT NULL;
ALTER TABLE agent ADD COLUMN last_seen TIMESTAMP WITH TIME ZONE;
ALTER TABLE agent ADD COLUMN roaming BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE agent ADD COLUMN status VARCHAR(16) DEFAULT 'offline' NOT NULL;
ALTER TABLE agent ADD COLUMN update_agent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE agent ADD COLUMN os VARCHAR(255);
ALTER TABLE agent ADD COLUMN component_versions VARCHAR(100000) DEFAULT '{}' NOT NULL;
ALTER TABLE agent ADD COLUMN inventory VARCHAR(1000000);
ALTER TABLE agent ADD COLUMN inventory_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE agent ADD CONSTRAINT agent_status_known CHECK (status IN ('online', 'offline', 'roaming', 'moving'));
ALTER TABLE agent ADD CONSTRAINT agent_interval_sane CHECK (heartbeat_interval_ms BETWEEN 100 AND 3600000);

-- Listings page by host name, then id (keyset, never offset), optionally within one status.
CREATE INDEX agent_host_name_idx ON agent (host_name, id);
CREATE INDEX agent_status_host_name_idx ON agent (status, host_name, id);
CREATE INDEX agent_domain_host_name_idx ON agent (domain_id, host_name, id);
