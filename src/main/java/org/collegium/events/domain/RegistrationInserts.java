package org.collegium.events.domain;

import java.time.Instant;
import java.util.List;

/** New registrations written many at a time (a batch of guests); implemented by {@link RegistrationInsertsImpl}. */
public interface RegistrationInserts {

    /** A new registration and who made it (its audit columns' name). */
    record NewRegistration(Registration registration, String by) {
    }

    /**
     * Inserts the new (not yet saved) registrations in one JDBC batch, in the caller's transaction and in the
     * list's order (their ids are that order, which is the waitlist's), as created at {@code at}; returns their
     * ids. The registrations themselves stay unsaved: read them again by id.
     */
    List<Long> insertAll(List<NewRegistration> registrations, Instant at);
}
