package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.time.YearMonth;
import java.util.List;
import org.collegium.base.service.SocietyClock;
import org.collegium.reports.service.CeReports;
import org.collegium.reports.service.CeReports.CeFilter;
import org.collegium.reports.service.CeReports.Period;
import org.collegium.reports.service.Days;
import org.collegium.reports.service.EventReports;
import org.collegium.reports.service.EventReports.Breakdown;
import org.collegium.reports.service.EventReports.EventFilter;
import org.collegium.reports.service.GroupReports;
import org.collegium.reports.service.GroupReports.GroupFilter;
import org.collegium.reports.service.Months;
import org.collegium.reports.ui.CeIssuedView;
import org.collegium.reports.ui.EventsReportView;
import org.collegium.reports.ui.GroupsReportView;
import org.collegium.reports.ui.ReportsView;
import org.collegium.reports.ui.SvgChart;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The events, CE issued and peer-group reports as an officer, an affiliate administrator and a member open them. */
@IntegrationTest
class ActivityReportsViewsTest extends SpringBrowserlessTest {

    @Autowired EventReports events;
    @Autowired CeReports ce;
    @Autowired GroupReports groups;
    @Autowired SocietyClock clock;

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    @SuppressWarnings("unchecked")
    void anOfficerOpensTheEventsReportPerEventAndPerMonth() {
        navigate(ReportsView.class);
        assertThat($(RouterLink.class).all().stream().map(RouterLink::getText).toList()).contains("Events",
                "CE issued", "Peer groups");
        navigate(EventsReportView.class);
        Days days = new Days(clock.today().minusMonths(12), clock.today().plusMonths(3));
        assertThat(rows()).isEqualTo(events.events(new EventFilter(days, null, null, Breakdown.EVENT)).table()
                .rows());
        assertThat(rows()).isNotEmpty(); // the demo data has events
        assertThat($(ComboBox.class).withCaption("Host").single().isVisible()).isTrue();
        test($(Select.class).withCaption("Per").single()).selectItem("Month");
        assertThat(rows()).isEqualTo(events.events(new EventFilter(days, null, null, Breakdown.MONTH)).table()
                .rows());
        assertThat($(SvgChart.class).single().svg()).contains("Registrations and attendance per month",
                "Registered", "Attended", "Waitlisted");
        DatePicker from = $(DatePicker.class).withCaption("From").single();
        DatePicker to = $(DatePicker.class).withCaption("To").single();
        from.setValue(to.getValue().plusDays(1)); // reversed: refused and marked, the figures stay
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The last day must not be before the first.");
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    void anOfficerOpensCeIssuedAndPeerGroups() {
        navigate(CeIssuedView.class);
        YearMonth now = YearMonth.from(clock.today());
        Months months = new Months(YearMonth.of(now.getYear(), 1).minusYears(1), now);
        assertThat(rows()).isEqualTo(ce.issued(new CeFilter(months, Period.QUARTER, null)).table().rows());
        test($(Select.class).withCaption("Per").single()).selectItem("Year");
        assertThat(rows()).isEqualTo(ce.issued(new CeFilter(months, Period.YEAR, null)).table().rows());

        navigate(GroupsReportView.class);
        List<List<Object>> expected = groups.groups(new GroupFilter(new Days(clock.today().minusMonths(3),
                clock.today()))).table().rows();
        assertThat(rows()).isEqualTo(expected).isNotEmpty(); // the demo data has groups
        if (expected.size() <= 30) {
            assertThat($(SvgChart.class).single().svg()).contains("Roster and average attendance per group");
        }
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    void anAffiliateAdministratorHasNoHostChoiceAndNoGroupsReport() {
        navigate(ReportsView.class);
        assertThat($(RouterLink.class).all().stream().map(RouterLink::getText).toList()).contains("Events")
                .doesNotContain("Peer groups");
        navigate(EventsReportView.class);
        assertThat($(ComboBox.class).withCaption("Host").all()).as("no visible host choice").isEmpty();
        UI.getCurrent().navigate("reports/groups");
        assertThat(getCurrentView()).isNotInstanceOf(GroupsReportView.class);
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void aMemberCannotOpenTheseReports() {
        for (String route : List.of("reports/events", "reports/ce", "reports/groups")) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as(route).isNotInstanceOfAny(EventsReportView.class, CeIssuedView.class,
                    GroupsReportView.class);
        }
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> rows() {
        Grid<List<Object>> grid = $(Grid.class).single();
        return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }
}
