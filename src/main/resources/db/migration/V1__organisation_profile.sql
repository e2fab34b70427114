-- The organisation that uses the program: one row.
CREATE TABLE organisation_profile (
    id               INTEGER      NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    address          VARCHAR(500),
    postcode         VARCHAR(10),
    charity_number   VARCHAR(20),
    company_number   VARCHAR(20),
    contact_name     VARCHAR(200),
    contact_phone    VARCHAR(30),
    contact_email    VARCHAR(254),
    support_name     VARCHAR(200),
    support_phone    VARCHAR(30),
    support_email    VARCHAR(254),
    logo             BYTEA,
    logo_media_type  VARCHAR(40),
    updated_at       TIMESTAMP    NOT NULL,
    CONSTRAINT organisation_profile_single_row CHECK (id = 1)
);

-- Small choices kept between runs (theme, text size, first-run answer).
CREATE TABLE preference (
    pref_key    VARCHAR(100)  NOT NULL PRIMARY KEY,
    pref_value  VARCHAR(1000) NOT NULL
);
