-- An outbox message may go to someone who has no account yet: a parole beneficiary invited by
-- the monthly selection (`travel_authorizations`). Such a row has no `account_id`; its address,
-- link and languages are sealed in `notification_secrets` like every other secret (purged with
-- them), and it can only be an e-mail.
ALTER TABLE notifications ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE notifications ADD CONSTRAINT notifications_recipient CHECK (account_id IS NOT NULL OR channel = 'email');
