package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Formats;
import org.collegium.events.EventFixtures;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.EventService;
import org.collegium.groups.domain.GroupCost;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.GroupStatus;
import org.collegium.groups.service.GroupRecords.GroupForm;
import org.collegium.groups.service.GroupService;
import org.collegium.members.service.ApplicationService;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * A Spanish-speaking visitor, whose browser asks for Spanish, goes the whole way in Spanish: applies on the Join page,
 * gets the invitation in Spanish once the board approves, chooses a password, signs in, saves their profile, registers
 * for a training, and after attending finds it on My CE and downloads a certificate written in Spanish. Every page
 * says it is in Spanish, and each is photographed at a phone's width.
 */
@Tag(Portal.IN_PROCESS)
class SpanishJourneyTest extends BrowserJourney {

    private static final Pattern INVITE = Pattern.compile("(https?://\\S+/reset-password\\?token=[A-Za-z0-9_-]+)");

    MutableClock clock;
    Roles roles;
    EventService events;
    AttendanceService attendance;
    ApplicationService applications;
    OutboxMessageRepository outbox;

    @BeforeEach
    void portalBeans() {
        clock = Portal.bean(MutableClock.class);
        roles = Portal.bean(Roles.class);
        events = Portal.bean(EventService.class);
        attendance = Portal.bean(AttendanceService.class);
        applications = Portal.bean(ApplicationService.class);
        outbox = Portal.bean(OutboxMessageRepository.class);
    }

    @AfterEach
    void reset() {
        clock.reset();
        roles.clear();
    }

    @Test
    void aSpanishSpeakerJoinsSignsInRegistersAndDownloadsTheirCertificateInSpanish() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "lucia-" + tag + "@example.org";
        Page page = browser.newPage(new Browser.NewContextOptions().setLocale("es-MX").setViewportSize(390, 844));

        page.navigate(url("/events/upcoming"));
        Pages.settle(page);
        BrowserSession.screenshot(page, "es-upcoming");
        assertSpanish(page, "events.upcoming.heading");

        page.navigate(url("/join"));
        Pages.settle(page);
        BrowserSession.screenshot(page, "es-join");
        assertSpanish(page, "membership.join.heading");
        field(page, es("members.profile.first-name")).fill("Lucía");
        field(page, es("members.profile.last-name")).fill("Ramírez " + tag);
        field(page, es("members.profile.email")).fill(email);
        page.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(es("members.discipline.COUNSELING")))
                .click();
        page.getByText(Pattern.compile("^Clinical — ")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es("membership.join.submit"))).click();
        assertThat(page.getByText(es("membership.join.done.board"))).isVisible();
        noEnglish(page, "the Join page, sent");
        BrowserSession.screenshot(page, "es-join-sent");

        roles.as("board@example.org", Role.BOARD, () -> {
            var application = applications.pending(org.springframework.data.domain.PageRequest.of(0, 500)).stream()
                    .filter(a -> a.email().equals(email)).findFirst().orElseThrow();
            applications.approve(application.id(), null, application.version());
            return null;
        });
        OutboxMessage invitation = outbox.findByRecipientOrderByIdDesc(email).stream()
                .filter(m -> INVITE.matcher(m.getBody()).find()).findFirst().orElseThrow();
        assertThat(invitation.getBody()).as("the invitation, in the language the applicant wrote in")
                .contains("Hola, Lucía");
        Matcher link = INVITE.matcher(invitation.getBody());
        assertThat(link.find()).isTrue();

        page.navigate(link.group(1).replaceFirst("^https?://[^/]+", Portal.baseUrl()));
        assertSpanish(page, "accounts.reset.heading");
        page.getByLabel(es("accounts.password.new"), new Page.GetByLabelOptions().setExact(true))
                .fill("una-clave-larga-" + tag);
        page.getByLabel(es("accounts.password.repeat"), new Page.GetByLabelOptions().setExact(true))
                .fill("una-clave-larga-" + tag);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es("accounts.reset.save"))).click();
        assertThat(page.getByText(es("accounts.reset.done"))).isVisible();
        noEnglish(page, "the password page, saved");

        page.navigate(url("/login"));
        assertSpanish(page, "accounts.login.title");
        page.getByLabel(es("accounts.login.email")).fill(email);
        page.getByLabel(es("accounts.login.password"), new Page.GetByLabelOptions().setExact(true))
                .fill("una-clave-larga-" + tag);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es("accounts.login.submit"))).click();
        page.waitForURL(BrowserSession.home(Portal.baseUrl()));
        Pages.settle(page);
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        noEnglish(page, "the home page");
        BrowserSession.screenshot(page, "es-home");

        page.navigate(url("/my/profile"));
        assertSpanish(page, "membership.profile.title");
        field(page, es("members.profile.city")).fill("Raleigh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es("membership.profile.save"))).click();
        assertThat(page.getByText(es("membership.profile.saved"))).isVisible();
        noEnglish(page, "My profile, saved");
        BrowserSession.screenshot(page, "es-my-profile");

        EventFixtures fixtures = new EventFixtures(events, roles);
        String title = "Taller " + tag;
        long eventId = fixtures.publish(EventFixtures.training(title, 10, null));
        page.navigate(url("/event/" + eventId));
        Pages.settle(page);
        assertThat(page.locator("h1")).containsText(title);
        noEnglish(page, "the event's page");
        BrowserSession.screenshot(page, "es-event");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(es("events.page.register"))).click();
        assertThat(page.getByText(es("events.page.placed.confirmed-price", title, Formats.money(new BigDecimal(
                "120.00"), Messages.SPANISH), es("events.price-kind.MEMBER")) + ".")).isVisible();
        noEnglish(page, "the event's page, registered");
        BrowserSession.screenshot(page, "es-registered");

        page.navigate(url("/my/registrations"));
        assertSpanish(page, "events.title.my-registrations");
        assertThat(page.getByText(title).first()).isVisible();
        BrowserSession.screenshot(page, "es-my-registrations");

        String group = "Círculo " + tag;
        long groupId = roles.as("board@example.org", Role.BOARD, () -> Portal.bean(GroupService.class).create(
                new GroupForm(group, GroupKind.PEER_CONSULTATION, "Un grupo de prueba", DayOfWeek.THURSDAY,
                        LocalTime.of(19, 0), 60, 1, LocalDate.now(), GroupFormat.ONLINE, "Zoom", 8, true, 10,
                        "Español", GroupCost.FREE, null, null, "Empezamos y terminamos a tiempo.", GroupStatus.ACTIVE,
                        "facilitator@example.org", null, 0)));
        page.navigate(url("/groups"));
        assertSpanish(page, "groups.title.list");
        BrowserSession.screenshot(page, "es-groups");
        page.navigate(url("/groups/" + groupId));
        Pages.settle(page);
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(group))).isVisible();
        noEnglish(page, "a group's page");
        BrowserSession.screenshot(page, "es-group");

        clock.set(fixtures.startOf(eventId)); // the day of the training: the board marks them present
        roles.as("board@example.org", Role.BOARD, () -> {
            attendance.mark(attendance.roster(eventId, null, email).entries().getFirst().registrationId(),
                    RegistrationStatus.ATTENDED);
            return null;
        });
        page.navigate(url("/my/ce"));
        assertSpanish(page, "events.title.my-ce");
        assertThat(page.getByText(title)).isVisible();
        noEnglish(page, "My CE");
        BrowserSession.screenshot(page, "es-my-ce");
        // the certificate number is on the event's second line ("… · certificado CE-2026-000123")
        java.util.regex.Matcher found = Pattern.compile("CE-\\d{4}-\\d{6}").matcher(page.locator(
                "vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(Pattern.compile("CE-\\d{4}-\\d{6}"))).first().textContent());
        assertThat(found.find()).as("a certificate number on My CE").isTrue();
        String number = found.group();
        Download download = page.waitForDownload(() -> page.getByLabel(es("events.certificate.link.aria", number))
                .click());
        byte[] pdf = Files.readAllBytes(download.path());
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).as("the certificate, in Spanish")
                .contains(es("events.pdf.certificate.heading"))
                .contains(es("events.pdf.certificate.certifies"))
                .contains(es("events.pdf.certificate.number", number))
                .doesNotContain(Messages.in(Messages.ENGLISH, "events.pdf.certificate.heading"));
        assertThat(EnglishLeftovers.in(text, "events.pdf.")).as("English on the certificate:\n" + text).isEmpty();
    }

    /** No text on the page is the English of a bundle key (whose Spanish differs). */
    private static void noEnglish(Page page, String what) {
        Pages.settle(page);
        assertThat(EnglishLeftovers.on(page)).as("English words on " + what).isEmpty();
    }

    /** The page is in Spanish: its language attribute, and its heading from the Spanish bundle. */
    private static void assertSpanish(Page page, String headingKey) {
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(es(headingKey))
                .setExact(true)).first()).isVisible();
        noEnglish(page, "the page headed " + es(headingKey));
    }

    private static String es(String key, Object... args) {
        return Messages.in(Messages.SPANISH, key, args);
    }
}
