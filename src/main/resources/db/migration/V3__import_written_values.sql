-- What an import wrote into each field it changed, so that undo puts back the old value only
-- where nobody has changed the field since. Null where the import wrote nothing, as for old_value.
ALTER TABLE import_previous_value ADD COLUMN new_value VARCHAR(1000);
