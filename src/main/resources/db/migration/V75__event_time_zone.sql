-- Each event keeps its own time zone (issue 13): its times (and its sessions') are entered and shown in it, so a
-- change of the society's zone moves no event's clock time. Existing events take the society's zone as it is now.
-- The default only serves rows written outside the application (the application always names the zone).
ALTER TABLE event ADD COLUMN time_zone VARCHAR(64) NULL;
UPDATE event SET time_zone = (SELECT s.time_zone FROM society_settings s ORDER BY s.id LIMIT 1);
UPDATE event SET time_zone = 'America/New_York' WHERE time_zone IS NULL;
ALTER TABLE event MODIFY time_zone VARCHAR(64) NOT NULL DEFAULT 'America/New_York';
