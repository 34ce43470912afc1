-- A communication to the members short of a CE requirement keeps that requirement profile in a column of its own.
ALTER TABLE communication ADD COLUMN segment_profile_id BIGINT;
