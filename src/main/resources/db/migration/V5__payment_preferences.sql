-- How each person likes to be paid, whether they decline fees (expenses only), and which earnings
-- limit they ask us to watch. No benefit details are kept: only which limit, and a figure when they give one.
CREATE TABLE person_payment_preferences (
    person_id      BIGINT        PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    method         VARCHAR(20),
    declines_fees  BOOLEAN       DEFAULT FALSE NOT NULL,
    limit_kind     VARCHAR(30),
    custom_limit   DECIMAL(12,2),
    updated_at     TIMESTAMP     NOT NULL
);

-- Figures that change each April, kept with each rate set so they apply from the set's date:
-- the ESA permitted work higher limit and the Carer's Allowance earnings limit (both weekly, from
-- April 2025), and HMRC's yearly trading allowance.
ALTER TABLE payment_rates ADD COLUMN esa_weekly_limit DECIMAL(12,2) DEFAULT 195.50 NOT NULL;
ALTER TABLE payment_rates ADD COLUMN carers_allowance_weekly_limit DECIMAL(12,2) DEFAULT 196.00 NOT NULL;
ALTER TABLE payment_rates ADD COLUMN trading_allowance DECIMAL(12,2) DEFAULT 1000.00 NOT NULL;
