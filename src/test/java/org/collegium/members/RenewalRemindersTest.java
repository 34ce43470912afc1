package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.collegium.accounts.domain.Role;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MemberStatusService;
import org.collegium.members.service.PaymentRecords.PaymentForm;
import org.collegium.members.service.PaymentService;
import org.collegium.members.service.RenewalReminders;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders 30 and 7 days before a term ends and on lapse: each exactly once, even when sent concurrently. */
@IntegrationTest
class RenewalRemindersTest {

    @Autowired RenewalReminders reminders;
    @Autowired DemoData demo;
    @Autowired MemberService members;
    @Autowired PaymentService payments;
    @Autowired MemberStatusService statuses;
    @Autowired OutboxMessageRepository outbox;
    @Autowired MutableClock clock;
    @Autowired Roles roles;

    private String email;

    @BeforeEach
    void aMemberWhoseTermEndsOnNewYearsEve() {
        clock.set(Instant.parse("2026-01-01T17:00:00Z"));
        roles.actAs("board@example.org", Role.BOARD);
        email = "reminded-" + UUID.randomUUID() + "@example.org";
        MemberDetails m = members.create(new MemberForm("Rita", "Reminded", email, null, null, Discipline.NURSING,
                null, null, null, null, null, null, "US", null, false, false, null, 0));
        long clinical = demo.typeId("Clinical");
        MemberDetails renewed = members.renew(m.id(), clinical, m.form().version());
        assertThat(renewed.termEnd()).hasToString("2026-12-31");
        payments.record(m.id(), new PaymentForm(renewed.terms().getFirst().dues(), PaymentMethod.CHECK, "Check #1",
                LocalDate.of(2026, 1, 1), renewed.terms().getFirst().id(), null)); // a paid term lapses by its end
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        roles.clear();
    }

    @Test
    void thirtyAndSevenDaysBeforeTheEndOnceEach() {
        clock.set(Instant.parse("2026-11-30T17:00:00Z"));
        reminders.sendDue();
        assertThat(subjects()).isEmpty();

        clock.set(Instant.parse("2026-12-01T17:00:00Z"));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(subjects()).containsExactly("ends in 30 days");

        clock.set(Instant.parse("2026-12-24T17:00:00Z"));
        reminders.sendDue();
        assertThat(subjects()).containsExactlyInAnyOrder("ends in 30 days", "ends in 7 days");
    }

    @Test
    void twoInstancesSendingAtOnceSendOneReminder() throws Exception {
        clock.set(Instant.parse("2026-12-01T17:00:00Z"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Integer> run = reminders::sendDue;
            for (var result : pool.invokeAll(List.of(run, run, run, run))) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(subjects()).containsExactly("ends in 30 days");
    }

    @Test
    void aLapseIsRemindedOnceWhenTheGracePeriodIsOver() {
        clock.set(Instant.parse("2027-01-30T17:00:00Z")); // last of the 30 grace days
        statuses.recomputeDue();
        reminders.sendDue();
        assertThat(subjects()).doesNotContain("has lapsed");

        clock.set(Instant.parse("2027-01-31T17:00:00Z"));
        statuses.recomputeDue();
        reminders.sendDue();
        reminders.sendDue();
        assertThat(subjects()).containsOnlyOnce("has lapsed");
    }

    /** The distinguishing end of each subject sent to the member. */
    private List<String> subjects() {
        return outbox.findByRecipientOrderByIdDesc(email).stream().map(OutboxMessage::getSubject)
                .filter(s -> s.contains("membership"))
                .map(s -> s.substring(s.indexOf("membership ") + "membership ".length())).toList();
    }
}
