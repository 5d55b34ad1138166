-- Where an agent named in a ticket joins this server on arrival, when not in the ticket's domain: set when the
-- source's domain structure was replicated here first, so each agent lands in the copy of its own domain. NULL means
-- the ticket's domain. A domain deleted before the agent arrives sends it to the ticket's domain (or the root).
ALTER TABLE move_ticket_agent ADD COLUMN domain_id BIGINT;
