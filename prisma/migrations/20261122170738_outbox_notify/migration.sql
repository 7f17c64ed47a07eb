-- Wake the outbox relay as soon as a transaction that wrote outbox rows
-- commits (NOTIFY is delivered at commit). The relay also polls, so a missed
-- notification only costs latency, never a job.
CREATE OR REPLACE FUNCTION switchboard_outbox_notify() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('switchboard_outbox', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Outbox_notify"
AFTER INSERT ON "Outbox"
FOR EACH STATEMENT EXECUTE FUNCTION switchboard_outbox_notify();
