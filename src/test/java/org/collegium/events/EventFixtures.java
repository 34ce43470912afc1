package org.collegium.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.collegium.accounts.domain.Role;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.EventFormat;
import org.collegium.events.domain.EventKind;
import org.collegium.events.domain.SessionKind;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.EventService.SessionForm;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.Guest;
import org.collegium.events.service.RegistrationService.LinkEmailed;
import org.collegium.events.service.RegistrationService.Placed;
import org.collegium.events.domain.Registration;
import org.collegium.events.domain.RegistrationRepository;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.notifications.domain.OutboxMessageRepository;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.support.Roles;

/** Published events for tests, created through the service as the board (who then stops acting). */
public final class EventFixtures {

    private final EventService events;
    private final Roles roles;

    public EventFixtures(EventService events, Roles roles) {
        this.events = events;
        this.roles = roles;
    }

    /** A training 40 days from now (real or test clock), in the society's zone, with the given seats. */
    public static EventForm training(String title, int capacity, Long hostId) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("America/New_York")).plusDays(40).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        return new EventForm(EventKind.TRAINING, title, "A day of practice.", start, start.plusHours(7),
                EventFormat.HYBRID, "Hall A, 1 Main St", "https://meet.example.org/" + UUID.randomUUID(), capacity,
                new BigDecimal("120.00"), new BigDecimal("180.00"), null, null, null, null, 48, new BigDecimal("6"),
                CeType.APA, hostId, 0);
    }

    public long publish(EventForm form) {
        return roles.as("board@example.org", Role.BOARD, () -> {
            long id = events.save(null, form);
            events.publish(id);
            return id;
        });
    }

    /** When an event starts, as an instant (its form holds the wall-clock time in the event's own zone). */
    public Instant startOf(long eventId) {
        return roles.as("board@example.org", Role.BOARD, () -> {
            EventForm form = events.load(eventId).form();
            return form.startsAt().atZone(ZoneId.of(form.timeZone())).toInstant();
        });
    }

    public long addSession(long eventId, String title, int capacity, int startHour, int hours) {
        return roles.as("board@example.org", Role.BOARD, () -> {
            LocalDateTime day = events.load(eventId).form().startsAt().withHour(startHour);
            return events.saveSession(eventId, null, new SessionForm(SessionKind.OPEN_SESSION, title, day,
                    day.plusHours(hours), capacity, BigDecimal.valueOf(hours)));
        });
    }

    private static final Pattern CONFIRM_LINK = Pattern.compile("register/confirm/([A-Za-z0-9_-]+)");
    private static final Pattern CLAIM_LINK = Pattern.compile("register/claim/([A-Za-z0-9_-]+)");

    /** The token of the latest confirmation link emailed to an address (read from the outbox, as a person would). */
    public static String confirmToken(OutboxMessageRepository outbox, String email) {
        return latestToken(outbox, email, CONFIRM_LINK);
    }

    /** The token of the latest seat-offer link emailed to an address. */
    public static String claimToken(OutboxMessageRepository outbox, String email) {
        return latestToken(outbox, email, CLAIM_LINK);
    }

    private static String latestToken(OutboxMessageRepository outbox, String email, Pattern link) {
        return outbox.findByRecipientOrderByIdDesc(email).stream().map(m -> link.matcher(m.getBody()))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no link emailed to " + email));
    }

    /**
     * A guest registers from the public page and opens the link emailed to them: their registrations (the event's
     * first, then its sessions') as they stand after confirming; a title is the session's (blank for the event).
     */
    public static List<Placed> confirmedGuest(RegistrationService registrations, OutboxMessageRepository outbox,
            RegistrationRepository repository, long eventId, Guest guest, List<Long> sessionIds) {
        registrations.registerGuest(eventId, guest, sessionIds);
        String email = guest.email().strip().toLowerCase(java.util.Locale.ROOT);
        registrations.confirm(confirmToken(outbox, email));
        return repository.findActive(eventId, email).stream()
                .sorted(java.util.Comparator.comparing(Registration::getId))
                .map(r -> new Placed(r.getId(), r.getSession() == null ? "" : r.getSession().getTitle(), r.getStatus(), r.getStatus() == RegistrationStatus.WAITLISTED
                        ? repository.waitlistedAhead(eventId, r.getSession() == null ? null : r.getSession().getId(),
                                r.getId()) + 1 : 0, r.getPrice(), r.getPriceKind()))
                .toList();
    }

    /** What a rush of simultaneous guest registrations answered, and how long it took from the starting gate. */
    public record Rush(List<LinkEmailed> answers, long nanos, long callCpuNanos) {
    }

    /**
     * Distinct non-members (the public page's way in) register for an event, and a session of it when given,
     * all released at the same moment from a gate; any registration's error is thrown here.
     */
    public static Rush registerAllAtOnce(RegistrationService registrations, long eventId, Long sessionId,
            int people) throws Exception {
        String tag = tag();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch ready = new CountDownLatch(people);
        List<Future<LinkEmailed>> futures = new ArrayList<>();
        java.util.concurrent.atomic.LongAdder cpu = new java.util.concurrent.atomic.LongAdder();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (ExecutorService pool = Executors.newFixedThreadPool(people)) {
            for (int i = 0; i < people; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    long began = threads.getCurrentThreadCpuTime();
                    try {
                        return registrations.registerGuest(eventId, new Guest("Guest", "Number " + n,
                                "rush-" + tag + "-" + n + "@example.org"), sessionId == null ? List.of()
                                        : List.of(sessionId));
                    } finally {
                        cpu.add(threads.getCurrentThreadCpuTime() - began);
                    }
                }));
            }
            ready.await(); // not needed for correctness: every thread is at the gate before timing starts
            long began = System.nanoTime();
            start.countDown();
            List<LinkEmailed> answers = new ArrayList<>();
            for (Future<LinkEmailed> f : futures) {
                answers.add(f.get());
            }
            return new Rush(answers, System.nanoTime() - began, cpu.sum());
        }
    }

    /** The addresses the rush of {@link #registerAllAtOnce} used, from its answers. */
    public static List<String> emails(Rush rush) {
        return rush.answers().stream().map(LinkEmailed::email).toList();
    }

    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
