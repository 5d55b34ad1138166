-- Written in the SQL common to H2 and PostgreSQL, so one migration serves both.

-- Settings per scope: the root (complete defaults, created by the server on first start),
-- a domain or a single agent (overrides only). scope_key is 'root', 'domain:<id>' or
-- 'agent:<uuid>'. document is the scope's settings as JSON; groups it leaves out are
-- inherited. version grows by one per change and is the resource's ETag. The unload/uninstall
-- password of the scope's privileges is stored only as a salted PBKDF2 hash, never in the
-- document. Overrides go with their domain or agent (ON DELETE CASCADE).
CREATE TABLE policy (
    scope_key VARCHAR(64) NOT NULL,
    scope_kind VARCHAR(8) NOT NULL,
    domain_id BIGINT,
    agent_id UUID,
    version BIGINT NOT NULL,
    document VARCHAR(1000000) NOT NULL,
    unload_password_algorithm VARCHAR(32),
    unload_password_iterations INTEGER,
    unload_password_salt VARCHAR(64),
    unload_password_hash VARCHAR(128),
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(64),
    CONSTRAINT policy_pk PRIMARY KEY (scope_key),
    CONSTRAINT policy_scope_known CHECK (
        (scope_kind = 'root' AND domain_id IS NULL AND agent_id IS NULL)
        OR (scope_kind = 'domain' AND domain_id IS NOT NULL AND agent_id IS NULL)
        OR (scope_kind = 'agent' AND domain_id IS NULL AND agent_id IS NOT NULL)),
    CONSTRAINT policy_version_positive CHECK (version > 0),
    CONSTRAINT policy_password_whole CHECK (
        (unload_password_hash IS NULL AND unload_password_salt IS NULL
            AND unload_password_algorithm IS NULL AND unload_password_iterations IS NULL)
        OR (unload_password_hash IS NOT NULL AND unload_password_salt IS NOT NULL
            AND unload_password_algorithm IS NOT NULL AND unload_password_iterations > 0)),
    CONSTRAINT policy_domain_fk FOREIGN KEY (domain_id) REFERENCES domain (id) ON DELETE CASCADE,
    CONSTRAINT policy_agent_fk FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE
);
CREATE INDEX policy_domain_idx ON policy (domain_id);
CREATE INDEX policy_agent_idx ON policy (agent_id);
