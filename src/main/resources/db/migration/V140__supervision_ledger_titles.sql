-- Supervision rows of the CE ledger keep a neutral title, the member's part (SUPERVISEE or SUPERVISOR), which
-- readers see in their own language (CeSource.title); rows written before stored English words.
UPDATE ce_hours SET title = 'SUPERVISOR' WHERE source = 'SUPERVISION' AND title = 'Supervision given';
UPDATE ce_hours SET title = 'SUPERVISEE' WHERE source = 'SUPERVISION' AND title = 'Supervision received';
