-- The event, CE and group reports (measured by ./mvnw -Pbench verify, ReportsBenchmark).
--
-- registration: the income report finds the registrations placed in a range of days, with what it sums, in this
-- one index; the events report reads each event's registrations through V8's ix_registration_event.
ALTER TABLE registration
    ADD INDEX ix_registration_registered (registered_at, status, price, event_id);

-- ce_credit: the CE issued report sums the hours awarded in a range of days by type.
ALTER TABLE ce_credit
    ADD INDEX ix_ce_credit_awarded (awarded_on, withdrawn, ce_type, hours, registration_id);

-- ce_credit: the events report adds up each event's credits from its registrations without reading the rows.
ALTER TABLE ce_credit
    ADD INDEX ix_ce_credit_registration_hours (registration_id, withdrawn, hours);
