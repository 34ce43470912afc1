package org.collegium.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.collegium.accounts.domain.Role;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeView;
import org.collegium.members.service.PaymentRecords.PaymentForm;
import org.collegium.members.service.PaymentRecords.PaymentView;
import org.collegium.members.service.PaymentRecords.Receipt;
import org.collegium.members.service.PaymentService;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Recorded payments on MariaDB: the rules, receipt numbers under load, who may record whose, the PDF. */
@IntegrationTest
class PaymentServiceTest {

    @Autowired PaymentService payments;
    @Autowired MemberService members;
    @Autowired MembershipTypeService types;
    @Autowired AffiliateService affiliates;
    @Autowired SocietySettingsService settings;
    @Autowired AuditEntryRepository audit;
    @Autowired MutableClock clock;
    @Autowired SocietyClock societyClock;
    @Autowired Roles roles;
    @Autowired DemoData demo;

    private long carolinas;
    private long atlanta;

    @BeforeEach
    void setUp() {
        roles.actAs("board@example.org", Role.BOARD);
        carolinas = demo.affiliateId("CGPS");
        atlanta = demo.affiliateId("AGPS");
    }

    @AfterEach
    void tearDown() {
        roles.clear();
        clock.reset();
    }

    @Test
    void aMemberSeesAndDownloadsTheirOwnReceiptsOnly() {
        roles.actAs("board@example.org", Role.BOARD);
        long ownId = members.find(new org.collegium.members.service.MemberRecords.MemberFilter("member@example.org",
                null, null, null), org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().id();
        long otherId = members.find(new org.collegium.members.service.MemberRecords.MemberFilter("facilitator@example.org",
                null, null, null), org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().id();
        PaymentView own = payments.record(ownId, new PaymentForm(new BigDecimal("40.00"), PaymentMethod.CASH, "own",
                LocalDate.now().minusDays(2), null, null));
        PaymentView other = payments.record(otherId, new PaymentForm(new BigDecimal("41.00"), PaymentMethod.CASH,
                "other", LocalDate.now().minusDays(2), null, null));

        roles.actAs("member@example.org", Role.MEMBER);
        assertThat(payments.mine()).extracting(PaymentView::id).contains(own.id()).doesNotContain(other.id());
        assertThat(payments.myReceipt(own.id()).pdf()).isNotEmpty();
        assertThatThrownBy(() -> payments.myReceipt(other.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> payments.receipt(own.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theBoardRecordsADuesPaymentAgainstATerm() {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        MemberDetails m = memberWithTerm("Clinical", carolinas);
        long termId = m.terms().getFirst().id();

        PaymentView paid = payments.record(m.id(), new PaymentForm(new BigDecimal("195"), PaymentMethod.CHECK,
                "  Check #1042 ", LocalDate.of(2026, 3, 10), termId, "Posted by the treasurer"));

        assertThat(paid.receiptNumber()).matches("R-2026-\\d{6}");
        assertThat(paid.amount()).isEqualByComparingTo("195.00").hasScaleOf(2);
        assertThat(paid.method()).isEqualTo(PaymentMethod.CHECK);
        assertThat(paid.reference()).as("trimmed").isEqualTo("Check #1042");
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(paid.termId()).isEqualTo(termId);
        assertThat(paid.termTypeName()).isEqualTo("Clinical");
        assertThat(paid.termStart()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(paid.recordedBy()).isEqualTo("board@example.org");
        assertThat(payments.forMember(m.id())).extracting(PaymentView::receiptNumber)
                .containsExactly(paid.receiptNumber());

        List<AuditEntry> trail = audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("Payment",
                String.valueOf(paid.id()));
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly("PAYMENT_RECORDED");
        assertThat(trail.getFirst().getSummary()).contains("$195.00", "check", paid.receiptNumber());
        assertThat(trail.getFirst().getChanges()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("memberId");
            assertThat(c.after()).isEqualTo(String.valueOf(m.id()));
        });
    }

    @Test
    void aPaymentNeedNotBeForATermAndWaivedDuesMayBeZero() {
        MemberDetails m = memberWithTerm("Student", null);
        PaymentView donation = payments.record(m.id(), new PaymentForm(new BigDecimal("25.50"),
                PaymentMethod.CASH, null, today(), null, null));
        assertThat(donation.termId()).isNull();
        PaymentView waived = payments.record(m.id(), new PaymentForm(BigDecimal.ZERO, PaymentMethod.WAIVED, null,
                today(), m.terms().getFirst().id(), "Hardship"));
        assertThat(waived.amount()).isEqualByComparingTo("0.00");
        assertThat(payments.forMember(m.id())).as("newest first").extracting(PaymentView::id)
                .containsExactly(waived.id(), donation.id());
    }

    @Test
    void everyFieldIsCheckedWithAMessage() {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        MemberDetails m = memberWithTerm("Clinical", null);

        assertThatThrownBy(() -> payments.record(m.id(), new PaymentForm(new BigDecimal("10.005"), null,
                "x".repeat(101), LocalDate.of(2026, 3, 11), null, "n".repeat(501))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("amount", "method", "reference", "paidOn", "note")
                        .containsEntry("amount", "The amount is in dollars and cents: at most 2 decimals.")
                        .containsEntry("method", "Choose how it was paid.")
                        .containsEntry("reference", "The reference may have at most 100 characters.")
                        .containsEntry("paidOn", "The payment date cannot be in the future."));
        assertThat(amountError(m, null, PaymentMethod.CASH)).isEqualTo("The amount is required.");
        assertThat(amountError(m, "-5", PaymentMethod.CASH)).isEqualTo("The amount cannot be negative.");
        assertThat(amountError(m, "0", PaymentMethod.CHECK)).startsWith("The amount must be more than $0.00");
        assertThat(amountError(m, "100000.01", PaymentMethod.BANK_TRANSFER))
                .isEqualTo("The amount may be at most $100,000.00.");
        assertThat(payments.record(m.id(), new PaymentForm(new BigDecimal("100000.00"), PaymentMethod.BANK_TRANSFER,
                "Bequest", LocalDate.of(2026, 3, 10), null, null)).amount()).isEqualByComparingTo("100000");
        assertThatThrownBy(() -> payments.record(m.id(), new PaymentForm(BigDecimal.TEN, PaymentMethod.CASH, null,
                null, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("paidOn", "The payment date is required."));
    }

    @Test
    void aPaymentCannotPredateTheMember() {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        MemberDetails m = memberWithTerm("Clinical", null);
        assertThatThrownBy(() -> payments.record(m.id(), new PaymentForm(BigDecimal.TEN, PaymentMethod.CASH, null,
                LocalDate.of(2026, 3, 9), null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("paidOn")).endsWith("was on record (since Mar 10, 2026)."));
    }

    @Test
    void theDateIsCheckedInTheSocietysTimeZone() {
        // 02:00 UTC on the 11th is still the evening of the 10th in New York
        clock.set(Instant.parse("2026-03-11T02:00:00Z"));
        MemberDetails m = memberWithTerm("Clinical", null);
        assertThat(payments.record(m.id(), new PaymentForm(BigDecimal.ONE, PaymentMethod.CASH, null,
                LocalDate.of(2026, 3, 10), null, null)).paidOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> payments.record(m.id(), new PaymentForm(BigDecimal.ONE, PaymentMethod.CASH, null,
                LocalDate.of(2026, 3, 11), null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPaymentIsForOneOfTheMembersOwnTerms() {
        MemberDetails m = memberWithTerm("Clinical", null);
        MemberDetails other = memberWithTerm("Clinical", null);
        assertThatThrownBy(() -> payments.record(m.id(), new PaymentForm(BigDecimal.TEN, PaymentMethod.CASH, null,
                today(), other.terms().getFirst().id(), null))).isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("termId"));
        assertThat(payments.forMember(m.id())).isEmpty();
    }

    @Test
    void receiptNumbersIncreaseWithoutGapsAndStartAgainEachYear() {
        clock.set(Instant.parse("2026-06-01T15:00:00Z"));
        MemberDetails m = memberWithTerm("Clinical", null);
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(sequence(payments.record(m.id(), cash(today())).receiptNumber(), 2026));
        }
        assertThat(numbers).containsExactly(numbers.get(0), numbers.get(0) + 1, numbers.get(0) + 2);

        // a payment refused by the rules takes no number
        assertThatThrownBy(() -> payments.record(m.id(), new PaymentForm(BigDecimal.ONE, null, null, today(),
                null, null))).isInstanceOf(InvalidInputException.class);
        assertThat(sequence(payments.record(m.id(), cash(today())).receiptNumber(), 2026))
                .isEqualTo(numbers.get(0) + 3);

        clock.set(Instant.parse("2031-01-02T15:00:00Z"));
        String next = payments.record(m.id(), cash(today())).receiptNumber();
        String after = payments.record(m.id(), cash(today())).receiptNumber();
        assertThat(next).startsWith("R-2031-");
        assertThat(sequence(after, 2031)).isEqualTo(sequence(next, 2031) + 1);
    }

    @Test
    void twentyPaymentsAtOnceGetTwentyDistinctConsecutiveNumbers() throws Exception {
        clock.set(Instant.parse("2027-04-01T15:00:00Z"));
        MemberDetails m = memberWithTerm("Clinical", carolinas);
        payments.record(m.id(), cash(today())); // the year's counter exists; the race is for the next ones
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<String> task = () -> {
                    roles.actAs("board@example.org", Role.BOARD);
                    try {
                        start.await();
                        return payments.record(m.id(), cash(today())).receiptNumber();
                    } finally {
                        roles.clear();
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Long> numbers = new ArrayList<>();
            for (Future<String> result : results) {
                numbers.add(sequence(result.get(60, TimeUnit.SECONDS), 2027));
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(threads);
            long first = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(numbers).as("no gaps").allMatch(n -> n < first + threads);
            assertThat(payments.forMember(m.id())).hasSize(threads + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAffiliateAdministratorRecordsOnlyForTheirOwnAffiliate() {
        MemberDetails own = memberWithTerm("Clinical", carolinas);
        MemberDetails atlantan = memberWithTerm("Clinical", atlanta);
        PaymentView atlantaPayment = payments.record(atlantan.id(), cash(today()));

        roles.actAs("affiliate@example.org", Role.AFFILIATE_ADMIN, Role.MEMBER);
        PaymentView recorded = payments.record(own.id(), cash(today()));
        assertThat(payments.forMember(own.id())).extracting(PaymentView::id).containsExactly(recorded.id());
        assertThat(payments.receipt(recorded.id()).pdf()).isNotEmpty();

        assertThatThrownBy(() -> payments.record(atlantan.id(), cash(today())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> payments.forMember(atlantan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> payments.receipt(atlantaPayment.id())).isInstanceOf(AccessDeniedException.class);
        roles.actAs("board@example.org", Role.BOARD);
        assertThat(payments.forMember(atlantan.id())).as("nothing was recorded").hasSize(1);
    }

    @Test
    void officersReadPaymentsButDoNotRecordThemAndMembersSeeNone() {
        MemberDetails m = memberWithTerm("Clinical", atlanta);
        PaymentView paid = payments.record(m.id(), cash(today()));

        roles.actAs("officer@example.org", Role.OFFICER);
        assertThat(payments.forMember(m.id())).hasSize(1);
        assertThat(payments.receipt(paid.id()).fileName()).isEqualTo("receipt-" + paid.receiptNumber() + ".pdf");
        assertThatThrownBy(() -> payments.record(m.id(), cash(today())))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : new Role[] {Role.MEMBER, Role.FACILITATOR}) {
            roles.actAs("member@example.org", role);
            assertThatThrownBy(() -> payments.forMember(m.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> payments.receipt(paid.id())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theReceiptPdfSaysWhoPaidWhatForWhat() throws IOException {
        clock.set(Instant.parse("2026-03-10T15:00:00Z"));
        String last = "Dvořák-" + UUID.randomUUID().toString().substring(0, 4);
        MemberDetails created = members.create(form("Zoë", last, unique(), carolinas, 0));
        MemberDetails m = members.renew(created.id(), type("Clinical").id(), created.form().version());
        PaymentView paid = payments.record(m.id(), new PaymentForm(new BigDecimal("1195.5"),
                PaymentMethod.BANK_TRANSFER, "TRX-77-A", LocalDate.of(2026, 3, 10), m.terms().getFirst().id(),
                "internal note"));

        Receipt receipt = payments.receipt(paid.id());
        assertThat(receipt.fileName()).isEqualTo("receipt-" + paid.receiptNumber() + ".pdf");
        assertThat(new String(receipt.pdf(), 0, 5)).isEqualTo("%PDF-");
        String out = System.getProperty("collegium.receipt.sample");
        if (out != null) { // -Dcollegium.receipt.sample=target/receipt.pdf to look at one
            Files.write(Path.of(out), receipt.pdf());
        }

        PdfReader reader = new PdfReader(receipt.pdf());
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains(settings.current().societyName(), paid.receiptNumber(), "Zoë " + last,
                    m.form().email(), "$1,195.50", "Bank transfer", "TRX-77-A", "Mar 10, 2026",
                    "Clinical membership, Mar 10, 2026 to Mar 9, 2027");
            assertThat(text).as("notes are internal").doesNotContain("internal note");
        } finally {
            reader.close();
        }
    }

    // --- helpers

    private LocalDate today() {
        return societyClock.today();
    }

    private String amountError(MemberDetails m, String amount, PaymentMethod method) {
        try {
            payments.record(m.id(), new PaymentForm(amount == null ? null : new BigDecimal(amount), method, null,
                    today(), null, null));
        } catch (InvalidInputException e) {
            return e.fieldErrors().get("amount");
        }
        throw new AssertionError("a payment of " + amount + " was accepted");
    }

    private static PaymentForm cash(LocalDate day) {
        return new PaymentForm(new BigDecimal("95.00"), PaymentMethod.CASH, null, day, null, null);
    }

    /** The running number of a receipt of the year, e.g. 123 of R-2026-000123. */
    private static long sequence(String receiptNumber, int year) {
        assertThat(receiptNumber).matches("R-" + year + "-\\d{6,}");
        return Long.parseLong(receiptNumber.substring(7));
    }

    private MemberDetails memberWithTerm(String typeName, Long affiliate) {
        MemberDetails created = members.create(form("Pay", "Er-" + UUID.randomUUID().toString().substring(0, 8),
                unique(), affiliate, 0));
        return members.renew(created.id(), type(typeName).id(), created.form().version());
    }

    private MemberForm form(String first, String last, String email, Long affiliate, long version) {
        return new MemberForm(first, last, email, "919-555-0100", "LCSW", Discipline.SOCIAL_WORK, "NC", "C-1234",
                "Practice", "Raleigh", "NC", "27601", "US", affiliate, true, false, null, version);
    }

    private TypeView type(String name) {
        return types.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }


    private static String unique() {
        return "payer-" + UUID.randomUUID() + "@example.org";
    }
}
