-- Each peer group keeps its own time zone (issue 13): its weekly wall-clock schedule is read in it, so a change of
-- the society's zone moves no group. Existing groups take the society's zone as it is now.
ALTER TABLE peer_group ADD COLUMN time_zone VARCHAR(64) NULL;
UPDATE peer_group SET time_zone = (SELECT s.time_zone FROM society_settings s ORDER BY s.id LIMIT 1);
UPDATE peer_group SET time_zone = 'America/New_York' WHERE time_zone IS NULL;
ALTER TABLE peer_group MODIFY time_zone VARCHAR(64) NOT NULL;
