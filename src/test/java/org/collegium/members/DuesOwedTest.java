package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.DuesReminders;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberRecords.TermView;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MemberStatusService;
import org.collegium.members.service.PaymentRecords.PaymentForm;
import org.collegium.members.service.PaymentService;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.reports.service.RenewalReports;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Dues owed on MariaDB: a term pending payment, its last day to pay, settling it, the report and the reminder. */
@IntegrationTest
class DuesOwedTest {

    @Autowired MemberService members;
    @Autowired PaymentService payments;
    @Autowired MemberStatusService statuses;
    @Autowired RenewalReports reports;
    @Autowired DuesReminders reminders;
    @Autowired OutboxMessageRepository outbox;
    @Autowired DemoData demo;
    @Autowired MutableClock clock;
    @Autowired Roles roles;

    private MemberDetails member;

    /** Clinical ($195, pay within 30 days) from 2026-03-10: pay by 2026-04-09. */
    @BeforeEach
    void aMemberWhoOwesTheirFirstTerm() {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        roles.actAs("board@example.org", Role.BOARD);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails created = members.create(new MemberForm("Owen", "Owes-" + tag, "owes-" + tag + "@example.org",
                null, null, Discipline.COUNSELING, null, null, null, null, null, null, "US", demo.affiliateId("CGPS"),
                false, false, null, 0));
        member = members.renew(created.id(), demo.typeId("Clinical"), created.form().version());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        roles.clear();
    }

    @Test
    void aPendingTermCountsThroughItsLastDayToPayAndLapsesTheDayAfter() {
        TermView term = member.terms().getFirst();
        assertThat(term.owed()).isTrue();
        assertThat(term.payBy()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(member.status()).isEqualTo(MembershipStatus.ACTIVE);

        clock.set(Instant.parse("2026-04-09T23:00:00Z")); // 7 PM on the last day to pay, in New York
        statuses.recomputeDue();
        assertThat(members.get(member.id()).status()).as("the last day to pay").isEqualTo(MembershipStatus.ACTIVE);

        clock.set(Instant.parse("2026-04-10T15:00:00Z"));
        statuses.recomputeDue();
        assertThat(members.get(member.id()).status()).as("unpaid the day after").isEqualTo(MembershipStatus.LAPSED);

        payments.record(member.id(), new PaymentForm(new BigDecimal("100.00"), PaymentMethod.CHECK, "Check #1",
                LocalDate.of(2026, 4, 10), term.id(), null));
        assertThat(members.get(member.id()).terms().getFirst().owed()).as("part of the dues").isTrue();
        payments.record(member.id(), new PaymentForm(new BigDecimal("95.00"), PaymentMethod.CASH, null,
                LocalDate.of(2026, 4, 10), term.id(), null));
        MemberDetails paid = members.get(member.id());
        assertThat(paid.terms().getFirst().settledOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(paid.status()).as("paid late: counts again").isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void aWaiverSettlesTheDues() {
        payments.record(member.id(), new PaymentForm(BigDecimal.ZERO, PaymentMethod.WAIVED, null,
                LocalDate.of(2026, 3, 10), member.terms().getFirst().id(), "Hardship"));
        assertThat(members.get(member.id()).terms().getFirst().owed()).isFalse();
        clock.set(Instant.parse("2026-06-01T15:00:00Z"));
        statuses.recomputeDue();
        assertThat(members.get(member.id()).status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void theDuesOwedReportListsThePendingTermAndTheReminderGoesOnce() {
        List<List<Object>> rows = reports.duesOwed(demo.affiliateId("CGPS")).page(0, 10_000);
        assertThat(rows).filteredOn(r -> r.get(0).equals(member.form().lastName())).singleElement()
                .satisfies(r -> assertThat(r.subList(7, 11)).containsExactly(LocalDate.of(2026, 3, 10),
                        new BigDecimal("195.00"), LocalDate.of(2026, 4, 9), 0L));
        assertThat(reports.duesOwed(demo.affiliateId("AGPS")).page(0, 10_000))
                .noneMatch(r -> r.get(0).equals(member.form().lastName()));

        clock.set(Instant.parse("2026-04-01T15:00:00Z")); // 8 days before: not yet
        reminders.sendDue();
        assertThat(duesReminders()).isEmpty();
        clock.set(Instant.parse("2026-04-02T15:00:00Z"));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(duesReminders()).singleElement().satisfies(m -> assertThat(m.getBody()).contains("$195.00")
                .contains("April 9, 2026"));

        payments.record(member.id(), new PaymentForm(new BigDecimal("195.00"), PaymentMethod.CHECK, "Check #2",
                LocalDate.of(2026, 4, 2), member.terms().getFirst().id(), null));
        assertThat(reports.duesOwed(demo.affiliateId("CGPS")).page(0, 10_000))
                .noneMatch(r -> r.get(0).equals(member.form().lastName()));
    }

    private List<OutboxMessage> duesReminders() {
        return outbox.findByRecipientOrderByIdDesc(member.form().email()).stream()
                .filter(m -> m.getSubject().contains("dues")).toList();
    }
}
