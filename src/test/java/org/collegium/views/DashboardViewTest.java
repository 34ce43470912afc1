package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.collegium.dashboard.ui.DashboardView;
import org.collegium.members.service.ApplicationService;
import org.collegium.reports.service.EventReports;
import org.collegium.reports.service.PersonalActivity;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The home page shows each role the figures it needs first, and nothing that is not theirs. */
@IntegrationTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationService applications;
    @Autowired EventReports events;
    @Autowired PersonalActivity mine;

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void theBoardSeesApplicationsRenewalsMembersAndIncome() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Active members", "Applications waiting", "Renewals due this month",
                "Income this month", "Upcoming events");
        assertThat(figureOf("Applications waiting")).isEqualTo(String.valueOf(applications.countPending()));
        assertThat(figureOf("Upcoming events")).isEqualTo(String.valueOf(events.upcoming(30).events()));
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    void anAdministratorSeesTheBoardsFiguresAndTheirOwn() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Active members", "Applications waiting", "Renewals due this month",
                "Income this month", "Upcoming events", "User accounts", "Outbox");
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    void anOfficerSeesMembershipAndIncomeAtAGlance() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Active members", "Renewals due this month", "Income this month");
        assertThat(figureOf("Income this month")).startsWith("$");
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    void anAffiliateAdministratorSeesTheirSocietyAndTheirOwnMembership() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Your membership", "Active members", "Applications waiting",
                "Renewals due this month", "Upcoming events", "Your next event", "Your groups' next session",
                "Your CE hours");
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void aMemberSeesTheirOwnStatusRegistrationsGroupsAndCe() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Your membership", "Your next event", "Your groups' next session",
                "Your CE hours");
        assertThat(figureOf("Your CE hours")).isEqualTo(NumberFormat.getNumberInstance(Locale.US)
                .format(mine.ceHoursThisYear()));
        assertThat(figureOf("Your membership")).isIn("Active", "Grace period", "Lapsed", "Applicant", "Resigned");
    }

    @Test
    @WithMockUser(username = "facilitator@example.org", roles = {"FACILITATOR", "MEMBER"})
    void aFacilitatorSeesTheirMembershipSessionsAndRequests() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Your membership", "Your next event",
                "Your next session to facilitate", "Requests to join", "Your groups' next session", "Your CE hours");
        assertThat(figureOf("Requests to join")).isEqualTo(String.valueOf(mine.openJoinRequests()));
    }

    private List<String> cardTitles() {
        return $(Div.class).withClassName("card").all().stream()
                .map(card -> card.getChildren().filter(H3.class::isInstance).map(h -> ((H3) h).getText())
                        .findFirst().orElse(""))
                .toList();
    }

    private String figureOf(String title) {
        return $(Div.class).withClassName("card").all().stream()
                .filter(card -> card.getChildren().anyMatch(h -> h instanceof H3 h3 && h3.getText().equals(title)))
                .flatMap(card -> card.getChildren().filter(Span.class::isInstance))
                .map(s -> ((Span) s).getText()).findFirst().orElseThrow();
    }
}
