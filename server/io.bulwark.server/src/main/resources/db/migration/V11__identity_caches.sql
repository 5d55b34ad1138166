-- Written in the SQL common to H2 and PostgreSQL; identity_cache is set per database when migrating (Database.migrate).
--
-- The embedded database stores a sequence's next value with a commit of its own, a new chunk of every unsaved page,
-- each time the values it keeps in memory run out. With its default of 32 values, the relocate commands of a bulk move
-- and the audit entries of its departures paid for a store every 32 rows. It keeps more now; after a kill -9 the
-- ids only skip the values it had not handed out yet.
-- PostgreSQL keeps 1: its cache is per connection, so a larger one would hand out ids out of order between
-- connections, and commands and audit entries are read in the order of their ids.
ALTER TABLE agent_command ALTER COLUMN id SET CACHE ${identity_cache};
ALTER TABLE audit_entry ALTER COLUMN id SET CACHE ${identity_cache};
