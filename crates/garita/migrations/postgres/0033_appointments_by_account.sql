-- Issue 22: the status page reads a group's live appointment by its account, and the last draw
-- a request was not selected in by the request; without these, both walked every offered
-- appointment (the only index by account is partial, on literal states, which a bound
-- parameter cannot use).
CREATE INDEX appointments_by_account ON appointments(account_id, status);
CREATE INDEX appointments_by_request ON appointments(request_id, draw_day);
