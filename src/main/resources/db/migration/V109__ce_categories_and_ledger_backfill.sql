-- Issue 16, "where hours come from": an event's CE carries categories (formal or informal, topics); its sessions
-- award their own hours in the event's categories. Delivery follows the event's format (a hybrid event's
-- attendance counts as online unless it is known to have been in person: licences cap online hours, so the
-- ledger never overstates in-person hours).
ALTER TABLE event ADD COLUMN ce_formality VARCHAR(12) NOT NULL DEFAULT 'FORMAL';

CREATE TABLE event_ce_topic (
    event_id BIGINT      NOT NULL,
    topic    VARCHAR(24) NOT NULL,
    PRIMARY KEY (event_id, topic),
    CONSTRAINT fk_event_ce_topic FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The ledger (V100) from what already counts. Events: every standing (not withdrawn, not void) award to a member,
-- dated the day the event or session took place in the event's zone (UTC when the server has no zone tables),
-- existing events have no topics yet (nobody chose them), so their rows carry none.
INSERT INTO ce_hours (member_id, source, source_ref, earned_on, hours, formality, delivery, title, provider)
SELECT c.member_id, 'EVENT', c.id,
       COALESCE(DATE(CONVERT_TZ(COALESCE(s.starts_at, e.starts_at), '+00:00', e.time_zone)),
                DATE(COALESCE(s.starts_at, e.starts_at))),
       c.hours, e.ce_formality,
       CASE WHEN e.format = 'IN_PERSON' THEN 'IN_PERSON' ELSE 'ONLINE' END,
       LEFT(CASE WHEN s.id IS NULL THEN e.title ELSE CONCAT(e.title, ' — ', s.title) END, 300),
       (SELECT LEFT(society_name, 200) FROM society_settings ORDER BY id LIMIT 1)
FROM ce_credit c
JOIN registration r ON r.id = c.registration_id
JOIN event e ON e.id = r.event_id
LEFT JOIN event_session s ON s.id = r.session_id
WHERE c.member_id IS NOT NULL AND c.withdrawn = FALSE AND c.void_reason IS NULL AND c.hours > 0
  AND NOT EXISTS (SELECT 1 FROM ce_hours h WHERE h.source = 'EVENT' AND h.source_ref = c.id);

-- Peer groups: every attendance at a session that was not cancelled, informal group-psychotherapy hours (and
-- supervision in a supervision group), as long as the session, delivered as the group meets.
INSERT INTO ce_hours (member_id, source, source_ref, earned_on, hours, formality, delivery, title, provider)
SELECT a.member_id, 'PEER_GROUP', a.id, gs.session_date,
       ROUND(TIMESTAMPDIFF(MINUTE, gs.starts_at, gs.ends_at) / 60, 2), 'INFORMAL',
       CASE WHEN g.format = 'IN_PERSON' THEN 'IN_PERSON' ELSE 'ONLINE' END,
       LEFT(g.name, 300),
       (SELECT LEFT(society_name, 200) FROM society_settings ORDER BY id LIMIT 1)
FROM group_attendance a
JOIN group_session gs ON gs.id = a.session_id
JOIN peer_group g ON g.id = gs.group_id
WHERE gs.status <> 'CANCELLED' AND gs.ends_at > gs.starts_at
  AND NOT EXISTS (SELECT 1 FROM ce_hours h WHERE h.source = 'PEER_GROUP' AND h.source_ref = a.id);

INSERT INTO ce_hours_topic (ce_hours_id, topic)
SELECT h.id, 'GROUP_PSYCHOTHERAPY' FROM ce_hours h WHERE h.source = 'PEER_GROUP'
  AND NOT EXISTS (SELECT 1 FROM ce_hours_topic t WHERE t.ce_hours_id = h.id AND t.topic = 'GROUP_PSYCHOTHERAPY');

INSERT INTO ce_hours_topic (ce_hours_id, topic)
SELECT h.id, 'SUPERVISION' FROM ce_hours h
JOIN group_attendance a ON h.source = 'PEER_GROUP' AND a.id = h.source_ref
JOIN group_session gs ON gs.id = a.session_id
JOIN peer_group g ON g.id = gs.group_id
WHERE g.kind = 'SUPERVISION'
  AND NOT EXISTS (SELECT 1 FROM ce_hours_topic t WHERE t.ce_hours_id = h.id AND t.topic = 'SUPERVISION');
