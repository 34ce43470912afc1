-- The language the applicant wrote their application in: the board's decision is emailed to them in it, and
-- their new login starts in it. NULL for applications made before languages existed (English).
ALTER TABLE membership_application ADD COLUMN language VARCHAR(8) NULL;
