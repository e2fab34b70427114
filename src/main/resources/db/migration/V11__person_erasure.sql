-- The day a person was erased: their name became a made-up one and everything else about them was
-- removed, except the payment records the accounts still need. Null for everyone else.
ALTER TABLE person ADD COLUMN erased_on DATE;
