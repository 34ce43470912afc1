package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.collegium.dashboard.ui.DashboardView;
import org.collegium.members.service.ApplicationService;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The home page shows each role the figures it needs first, and nothing that is not theirs. */
@IntegrationTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationService applications;

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void theBoardSeesApplicationsRenewalsMembersAndIncome() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Active members", "Applications waiting", "Renewals due this month",
                "Income this month");
        assertThat(figureOf("Applications waiting")).isEqualTo(String.valueOf(applications.countPending()));
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    void anAdministratorSeesTheBoardsFiguresAndTheirOwn() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Active members", "Applications waiting", "Renewals due this month",
                "Income this month", "User accounts", "Outbox");
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
                "Renewals due this month");
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void aMemberSeesTheirOwnStatusOnly() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Your membership");
        assertThat(figureOf("Your membership")).isIn("Active", "Grace period", "Lapsed", "Applicant", "Resigned");
    }

    @Test
    @WithMockUser(username = "facilitator@example.org", roles = {"FACILITATOR", "MEMBER"})
    void aFacilitatorSeesTheirMembership() {
        navigate(DashboardView.class);
        assertThat(cardTitles()).containsExactly("Your membership");
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
