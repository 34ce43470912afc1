package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.events.EventFixtures;
import org.collegium.events.domain.EventKind;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.EventService.EventSummary;
import org.collegium.events.service.EventService.SessionView;
import org.collegium.events.service.PublicEvents;
import org.collegium.events.service.PublicEvents.PublicEvent;
import org.collegium.events.service.RegistrationService;
import org.collegium.events.service.RegistrationService.MyRegistration;
import org.collegium.events.ui.CheckInView;
import org.collegium.events.ui.EventEditorView;
import org.collegium.events.ui.EventPageView;
import org.collegium.events.ui.EventsView;
import org.collegium.events.ui.MyRegistrationsView;
import org.collegium.events.ui.UpcomingEventsView;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The event editor's time zone, and every page that shows an event's time showing it in the event's zone. */
@IntegrationTest
class EventZonesViewsTest extends SpringBrowserlessTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired SocietySettingsService settings;
    @Autowired PublicEvents publicEvents;
    @Autowired Roles roles;
    @Autowired SocietyClock clock;

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theEditorStartsOnTheSocietysZoneAndReadsTheTimesInTheZoneChosen() {
        navigate("events/edit/new", EventEditorView.class);
        ComboBox<String> zone = $(ComboBox.class).withCaption("Time zone").single();
        assertThat(zone.getValue()).isEqualTo(settings.current().timeZone().getId());
        DateTimePicker starts = $(DateTimePicker.class).withCaption("Starts").single();
        assertThat(starts.getHelperText()).isEqualTo("In America/New_York (Eastern Time)");
        LocalDateTime wallClock = starts.getValue();

        String title = "Pacific-made " + EventFixtures.tag();
        $(TextField.class).withCaption("Title").single().setValue(title);
        $(TextField.class).withCaption("Venue").single().setValue("Room 2, 10 Ocean Ave");
        zone.setValue("Mars/Olympus_Mons"); // as a hand-made request could send it
        test($(Button.class).withText("Save").single()).click();
        assertThat(zone.isInvalid()).isTrue();
        assertThat(zone.getErrorMessage()).isEqualTo("Choose a time zone from the list, like America/New_York.");

        zone.setValue("America/Los_Angeles");
        assertThat(starts.getHelperText()).isEqualTo("In America/Los_Angeles (Pacific Time)");
        assertThat($(DateTimePicker.class).withCaption("Registration opens").single().getHelperText())
                .isEqualTo("In America/Los_Angeles (Pacific Time)");
        test($(Button.class).withText("Save").single()).click();

        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .substring("events/edit/".length()));
        EventForm saved = events.load(id).form();
        assertThat(saved.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(saved.startsAt()).isEqualTo(wallClock);
        assertThat($(ComboBox.class).withCaption("Time zone").single().getValue()).isEqualTo("America/Los_Angeles");
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().endsWith("times in America/Los_Angeles"));
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void aConferencesSessionsAreEnteredAndListedInItsZone() {
        EventForm t = EventFixtures.training("Pacific conference " + EventFixtures.tag(), 50, null);
        long eventId = new EventFixtures(events, roles).publish(pacific(new EventForm(EventKind.CONFERENCE,
                t.title(), null, t.startsAt(), t.endsAt(), t.format(), t.venue(), t.onlineLink(), 50, t.memberPrice(),
                t.nonMemberPrice(), null, null, null, null, 48, BigDecimal.ZERO, t.ceType(), null, 0)));
        navigate("events/edit/" + eventId, EventEditorView.class);
        assertThat($(DateTimePicker.class).withCaption("Starts").all()).hasSize(2).allSatisfy(p -> assertThat(
                p.getHelperText()).isEqualTo("In America/Los_Angeles (Pacific Time)"));
        $(TextField.class).withCaption("Session title").single().setValue("Opening plenary");
        test($(Button.class).withText("Add session").single()).click();

        SessionView session = events.sessions(eventId).getFirst();
        Instant start = t.startsAt().atZone(LOS_ANGELES).toInstant();
        assertThat(session.startsAt()).as("the pickers' clock time read in the event's zone").isEqualTo(start);
        Grid<SessionView> grid = $(Grid.class).single();
        // issue 14: the viewer's zone (the society's, ET), the event's own clock time beside it
        assertThat(plain(test(grid).getCellText(0, 0))).isEqualTo(plain(clock.formatAt(start, LOS_ANGELES)))
                .endsWith(" PT where it takes place)");
    }

    @Test
    @WithUserDetails("member@example.org")
    @SuppressWarnings("unchecked")
    void everyPageShowsAnEventAtItsOwnClockTimeNamingItsZoneWhateverTheSocietysZoneIs() {
        EventFixtures fixtures = new EventFixtures(events, roles);
        long pacificId = fixtures.publish(pacific(EventFixtures.training("Pacific day " + EventFixtures.tag(), 30,
                null)));
        long easternId = fixtures.publish(EventFixtures.training("Eastern day " + EventFixtures.tag(), 30, null));
        registrations.register(pacificId, List.of());
        Instant pacificStart = fixtures.startOf(pacificId);
        Instant easternStart = fixtures.startOf(easternId);
        String pacificTime = plain(SocietyClock.format(pacificStart, LOS_ANGELES));
        String easternTime = plain(SocietyClock.format(easternStart, NEW_YORK));
        assertThat(pacificTime).endsWith(" PT");
        assertThat(easternTime).endsWith(" ET");

        SocietySettingsService.Settings before = settings.current();
        roles.as("admin@example.org", Role.ADMIN, () -> settings.update(before.societyName(), "America/Chicago",
                before.version()));
        try {
            // issue 14: shown in the viewer's zone (the society's, now CT), each event's own clock time beside it
            String pacificThere = "(" + plain(SocietyClock.time(pacificStart, LOS_ANGELES)) + " where it takes place)";
            String easternThere = "(" + plain(SocietyClock.time(easternStart, NEW_YORK)) + " where it takes place)";
            String pacificShown = plain(clock.formatAt(pacificStart, LOS_ANGELES));
            assertThat(pacificShown).endsWith(" CT " + pacificThere);
            navigate(UpcomingEventsView.class);
            assertThat(texts()).anyMatch(s -> s.contains(pacificThere)).anyMatch(s -> s.contains(easternThere));

            navigate("event/" + pacificId, EventPageView.class);
            assertThat(texts()).anyMatch(s -> s.contains(pacificShown + " to "));
            navigate("event/" + easternId, EventPageView.class);
            assertThat(texts()).as("the society's new zone moves no event")
                    .anyMatch(s -> s.contains(easternThere + " to "));

            navigate(MyRegistrationsView.class);
            Grid<MyRegistration> mine = $(Grid.class).single();
            int row = rowOf(mine, r -> r.eventId() == pacificId);
            assertThat(plain(test(mine).getCellComponent(row, 0).getElement().getTextRecursively()))
                    .contains(pacificShown);

        } finally {
            roles.as("admin@example.org", Role.ADMIN, () -> settings.update(before.societyName(),
                    before.timeZone().getId(), settings.current().version()));
        }
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theEventsListAndTheCheckInShowEachEventInItsZone() {
        EventFixtures fixtures = new EventFixtures(events, roles);
        long pacificId = fixtures.publish(pacific(EventFixtures.training("Pacific list " + EventFixtures.tag(), 30,
                null)));
        long easternId = fixtures.publish(EventFixtures.training("Eastern list " + EventFixtures.tag(), 30, null));
        // issue 14: the viewer's zone (the society's, ET), a Pacific event's own clock time beside it
        String pacificTime = plain(clock.formatAt(fixtures.startOf(pacificId), LOS_ANGELES));
        String easternTime = plain(SocietyClock.format(fixtures.startOf(easternId), NEW_YORK));
        assertThat(pacificTime).endsWith(" PT where it takes place)");

        navigate(EventsView.class);
        Grid<EventSummary> list = $(Grid.class).single();
        assertThat(plain(test(list).getCellText(rowOf(list, e -> e.id() == pacificId), 0))).isEqualTo(pacificTime);
        assertThat(plain(test(list).getCellText(rowOf(list, e -> e.id() == easternId), 0))).isEqualTo(easternTime);
        navigate("events/check-in/" + pacificId, CheckInView.class);
        assertThat(texts()).anyMatch(s -> s.startsWith("Starts " + pacificTime + " · "));
    }

    @Test
    @WithAnonymousUser
    void theDemoShowsAWebinarHostedFromTheWestCoastInPacificTime() {
        PublicEvent webinar = publicEvents.upcoming().stream()
                .filter(e -> e.title().equals("Webinar: Online Groups Across State Lines")).findFirst().orElseThrow();
        assertThat(webinar.zone()).isEqualTo(LOS_ANGELES);
        navigate(UpcomingEventsView.class);
        assertThat(texts()).anyMatch(s -> s.contains(plain(clock.formatAt(webinar.startsAt(), LOS_ANGELES)))
                && s.contains("(11:00 AM PT where it takes place)")); // issue 14: beside the viewer's time
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().map(p -> plain(p.getText())).toList();
    }

    private <T> int rowOf(Grid<T> grid, java.util.function.Predicate<T> match) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (match.test(test(grid).getRow(i))) {
                return i;
            }
        }
        throw new AssertionError("no such row");
    }

    private static EventForm pacific(EventForm f) {
        return new EventForm(f.kind(), f.title(), f.description(), f.startsAt(), f.endsAt(), f.format(), f.venue(),
                f.onlineLink(), f.capacity(), f.memberPrice(), f.nonMemberPrice(), f.earlyBirdPrice(),
                f.earlyBirdUntil(), f.registrationOpens(), f.registrationCloses(), f.cancelCutoffHours(), f.ceHours(),
                f.ceType(), f.hostId(), "America/Los_Angeles", f.version());
    }

    /** Text with the narrow no-break space Java puts before AM/PM read as a plain space. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
