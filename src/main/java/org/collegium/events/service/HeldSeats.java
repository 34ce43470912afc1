package org.collegium.events.service;

import java.time.Clock;
import java.util.List;
import org.collegium.base.service.OpenAccess;
import org.collegium.events.domain.Event;
import org.collegium.events.domain.EventRepository;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.service.EventMails.Letterhead;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The held seats' sweep (issues 11 and 13): lapses every hold whose time has come (a freed seat goes on by its
 * event's rule) and sends each open offer its one reminder. One event at a time, each in its own transaction with
 * the event's row locked, as a registration does; seat counting never waits for it (see {@link Seating}).
 */
@Service
public class HeldSeats {

    /** What one sweep did. */
    public record Swept(int lapsed, int reminded) {
    }

    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final Seating seating;
    private final EventMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HeldSeats(RegistrationRepository registrations, EventRepository events, Seating seating, EventMails mails,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.seating = seating;
        this.mails = mails;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED); // see Seating
        this.clock = clock;
    }

    @OpenAccess(reason = "scheduled job (HeldSeatsJob)")
    public Swept sweep() {
        Letterhead letterhead = mails.letterhead();
        List<Long> due = transactions.execute(tx -> registrations.findEventsWithDueHolds(clock.instant()));
        int lapsed = 0;
        int reminded = 0;
        for (long eventId : due) {
            Swept one = transactions.execute(tx -> {
                Event event = events.lockById(eventId).orElseThrow();
                return new Swept(seating.lapseDue(event, letterhead), seating.remindDue(event, letterhead));
            });
            lapsed += one.lapsed();
            reminded += one.reminded();
        }
        return new Swept(lapsed, reminded);
    }
}
