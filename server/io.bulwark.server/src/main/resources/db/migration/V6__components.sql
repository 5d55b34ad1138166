-- Components (pattern files and engines) this server holds and distributes to its agents.
-- Written in the SQL common to H2 and PostgreSQL, so one migration serves both.

-- The version of each component the server holds; its full file is
-- <data>/components/<name>/full-<version>.bin, with SHA-256 sha256 and size bytes.
CREATE TABLE component (
    name VARCHAR(64) NOT NULL,
    display_name VARCHAR(128) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    size BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    CONSTRAINT component_pk PRIMARY KEY (name)
);

-- The increments the server keeps for agents that update regularly: the unbroken chain of the
-- last few versions leading to the component's version; the file of one is
-- <data>/components/<name>/increment-<from_version>.bin.
CREATE TABLE component_increment (
    component_name VARCHAR(64) NOT NULL,
    from_version BIGINT NOT NULL,
    to_version BIGINT NOT NULL,
    size BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    CONSTRAINT component_increment_pk PRIMARY KEY (component_name, from_version),
    CONSTRAINT component_increment_next CHECK (to_version = from_version + 1),
    CONSTRAINT component_increment_component_fk FOREIGN KEY (component_name) REFERENCES component (name)
);

-- The component versions each agent last reported, as a JSON object {"<name>": <version>, ...};
-- NULL until the agent reports. The agent API may have added the column already.
ALTER TABLE agent ADD COLUMN IF NOT EXISTS component_versions VARCHAR(4000);

-- The notification queue lists queued commands of one kind in id order.
CREATE INDEX agent_command_state_kind_idx ON agent_command (state, kind, id);
