-- Moving agents between servers. Written in the SQL common to H2 and PostgreSQL, so one migration serves both.
-- None of these tables refers to agent rows by foreign key: they outlive the agents they name (a departed agent is
-- gone, an expected one not yet here), and a restore keeps them as they are (see MoveFeature).

-- Tickets this server issued as a move's target. Only a SHA-256 hash of the secret token is stored; a repeated
-- request with the same Idempotency-Key (of the same account) is recognised by created_by, idempotency_key and
-- request_hash and answered with the same ticket.
CREATE TABLE move_ticket (
    id UUID NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    source_server_id UUID NOT NULL,
    domain_id BIGINT,
    deadline TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked BOOLEAN DEFAULT FALSE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    idempotency_key VARCHAR(128),
    request_hash VARCHAR(64) NOT NULL,
    CONSTRAINT move_ticket_pk PRIMARY KEY (id),
    CONSTRAINT move_ticket_idempotency_unique UNIQUE (created_by, idempotency_key)
);

-- Every agent a ticket names. state: expected, provisional (arrived with the ticket, no heartbeat here yet; its
-- registration is kept here, not in the agent table), arrived (heartbeated here: this server owns it) or lapsed.
-- receipt is the signed receipt handed out on arrival (public), so a repeated arrival gets the same one.
CREATE TABLE move_ticket_agent (
    ticket_id UUID NOT NULL,
    agent_id UUID NOT NULL,
    position INTEGER NOT NULL,
    state VARCHAR(16) NOT NULL,
    registration VARCHAR(100000),
    receipt VARCHAR(20000),
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT move_ticket_agent_pk PRIMARY KEY (ticket_id, agent_id),
    CONSTRAINT move_ticket_agent_ticket_fk FOREIGN KEY (ticket_id) REFERENCES move_ticket (id) ON DELETE CASCADE,
    CONSTRAINT move_ticket_agent_state_known CHECK (state IN ('expected', 'provisional', 'arrived', 'lapsed'))
);
CREATE INDEX move_ticket_agent_agent_idx ON move_ticket_agent (agent_id, state);
CREATE INDEX move_ticket_agent_state_idx ON move_ticket_agent (state);

-- Moves this server carries out as a move's source. request_hash recognises a repeated request.
CREATE TABLE move_job (
    id UUID NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    target_server_id UUID NOT NULL,
    target_host VARCHAR(255) NOT NULL,
    target_port INTEGER NOT NULL,
    target_fingerprint VARCHAR(128) NOT NULL,
    ticket VARCHAR(512) NOT NULL,
    deadline TIMESTAMP WITH TIME ZONE NOT NULL,
    offline_agents VARCHAR(8) NOT NULL,
    cancelled BOOLEAN DEFAULT FALSE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    CONSTRAINT move_job_pk PRIMARY KEY (id)
);

-- Every agent of a move. command_id is its relocate command in agent_command, once queued.
CREATE TABLE move_item (
    move_id UUID NOT NULL,
    agent_id UUID NOT NULL,
    position INTEGER NOT NULL,
    state VARCHAR(16) NOT NULL,
    reason VARCHAR(1000),
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    command_id BIGINT,
    CONSTRAINT move_item_pk PRIMARY KEY (move_id, agent_id),
    CONSTRAINT move_item_move_fk FOREIGN KEY (move_id) REFERENCES move_job (id) ON DELETE CASCADE,
    CONSTRAINT move_item_state_known CHECK (state IN ('waiting', 'moving', 'arrived', 'skipped', 'rolled_back',
        'expired', 'cancelled'))
);
CREATE INDEX move_item_agent_state_idx ON move_item (agent_id, state);
CREATE INDEX move_item_state_idx ON move_item (state);

-- Agents that left this server with a verified receipt. A restore keeps this table and deletes the restored agents
-- it lists, so a backup never brings back an agent that another server owns now.
CREATE TABLE agent_departure (
    agent_id UUID NOT NULL,
    move_id UUID NOT NULL,
    target_server_id UUID NOT NULL,
    departed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agent_departure_pk PRIMARY KEY (agent_id)
);
