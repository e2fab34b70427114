-- The claims list adds up the lines of each claim it shows. With the amounts and who paid them in
-- the index, the database finds them there without reading each line.
CREATE INDEX claim_line_amounts ON claim_line (claim_id, paid_by_organisation, amount);
