package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.collegium.reports.service.IncomeReports;
import org.collegium.reports.service.MembershipReports;
import org.collegium.reports.service.MembershipReports.Breakdown;
import org.collegium.reports.service.MembershipReports.SummaryFilter;
import org.collegium.reports.service.RenewalReports;
import org.collegium.reports.service.RenewalReports.DueFilter;
import org.collegium.reports.ui.IncomeView;
import org.collegium.reports.ui.LapsedView;
import org.collegium.reports.ui.MembershipGrowthView;
import org.collegium.reports.ui.MembershipSummaryView;
import org.collegium.reports.ui.RenewalsDueView;
import org.collegium.reports.ui.ReportsView;
import org.collegium.reports.ui.SvgChart;
import org.collegium.base.service.SocietyClock;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The reports as an officer, an affiliate administrator and a member would open them. */
@IntegrationTest
class ReportsViewsTest extends SpringBrowserlessTest {

    @Autowired MembershipReports membership;
    @Autowired RenewalReports renewals;
    @Autowired IncomeReports income;
    @Autowired SocietyClock clock;

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    @SuppressWarnings("unchecked")
    void anOfficerSeesTheSummaryWithItsChartAndTheSameFiguresAsTheService() {
        navigate(ReportsView.class);
        navigate(MembershipSummaryView.class);
        Grid<List<Object>> grid = $(Grid.class).single();
        List<List<Object>> expected = membership.summary(new SummaryFilter(clock.today(), null, Breakdown.STATUS))
                .table().rows();
        assertThat(test(grid).size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(test(grid).getRow(i)).isEqualTo(expected.get(i));
        }
        SvgChart chart = $(SvgChart.class).single();
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.svg()).contains("role=\"img\"", "aria-label=\"Bar chart: Members by status on",
                "<rect class=\"bar\"", ">Members</text>", ">Status</text>");
        assertThat(chart.getElement().getProperty("innerHTML")).contains("<table>", "<th scope=\"row\">Active</th>");
        assertThat($(ComboBox.class).withCaption("Affiliate").single().isVisible()).isTrue();

        // all three at once: a longer table, no chart
        test($(Select.class).withCaption("Break down by").single()).selectItem("Affiliate, type and status");
        assertThat(test(grid).size()).isGreaterThan(5);
        assertThat(chart.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    @SuppressWarnings("unchecked")
    void anOfficerOpensGrowthRenewalsLapsedAndIncome() {
        navigate(MembershipGrowthView.class);
        assertThat(test($(Grid.class).single()).size()).isEqualTo(12);
        ComboBox<YearMonth> from = $(ComboBox.class).withCaption("From").single();
        ComboBox<YearMonth> to = $(ComboBox.class).withCaption("To").single();
        from.setValue(to.getValue().plusMonths(1)); // a reversed range: refused, the last month marked
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The last month must not be before the first.");
        assertThat(test($(Grid.class).single()).size()).as("the last result is not left on screen").isZero();
        assertThat($(SvgChart.class).all()).as("no chart shown").isEmpty();
        from.setValue(to.getValue().minusMonths(2));
        assertThat(to.isInvalid()).isFalse();
        assertThat(test($(Grid.class).single()).size()).isEqualTo(3);
        assertThat($(SvgChart.class).single().svg()).contains("Line chart", "<polyline", "Joins", "Renewals",
                "Lapses");

        navigate(RenewalsDueView.class);
        Grid<List<Object>> due = $(Grid.class).single();
        long count = renewals.due(new DueFilter(30, null)).count();
        assertThat(test(due).size()).isEqualTo((int) count);
        test($(IntegerField.class).single()).setValue(365);
        assertThat(test(due).size()).isEqualTo((int) renewals.due(new DueFilter(365, null)).count())
                .isGreaterThanOrEqualTo((int) count);
        assertThat($(SvgChart.class).single().svg()).contains("Renewals due per week", "Terms ending");
        $(IntegerField.class).single().setValue(null); // refused by the service: the field says why, nothing stays
        assertThat($(IntegerField.class).single().isInvalid()).isTrue();
        assertThat($(IntegerField.class).single().getErrorMessage()).isEqualTo("Enter a number of days from 0 to 365.");
        assertThat(test(due).size()).as("no rows the filter did not produce").isZero();
        assertThat($(SvgChart.class).all()).as("no chart shown").isEmpty();
        assertThat($(Anchor.class).id("report-csv").isEnabled()).isFalse();
        assertThat($(Anchor.class).id("report-xlsx").isEnabled()).isFalse();
        test($(IntegerField.class).single()).setValue(30);
        assertThat(test(due).size()).isEqualTo((int) count);
        assertThat($(Anchor.class).id("report-csv").isEnabled()).isTrue();

        navigate(LapsedView.class);
        assertThat($(Grid.class).single()).isNotNull();
        assertThat($(SvgChart.class).single().svg()).contains("Lapses per month");
        $(DatePicker.class).withCaption("To").single().setValue(LocalDate.now().minusYears(20));
        assertThat(test($(Grid.class).single()).size()).isZero();
        assertThat($(SvgChart.class).all()).as("no chart shown").isEmpty();
        assertThat($(Anchor.class).id("report-csv").isEnabled()).isFalse();

        navigate(IncomeView.class);
        assertThat($(SvgChart.class).single().svg()).contains("Income per month", "Amount ($)");
        assertThat(test($(Grid.class).single()).size()).isPositive(); // the demo data records payments
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    @SuppressWarnings("unchecked")
    void anAffiliateAdministratorSeesTheirOwnSocietyOnlyAndNoAffiliateChoice() {
        navigate(MembershipSummaryView.class);
        assertThat($(ComboBox.class).withCaption("Affiliate").all()).as("no visible affiliate choice").isEmpty();
        test($(Select.class).withCaption("Break down by").single()).selectItem("Affiliate");
        Grid<List<Object>> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).getFirst()).isEqualTo("CGPS");
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void aMemberCannotOpenReports() {
        for (String route : List.of("reports", "reports/membership", "reports/income", "reports/renewals")) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as(route).isNotInstanceOfAny(ReportsView.class, MembershipSummaryView.class,
                    IncomeView.class, RenewalsDueView.class);
        }
    }
}
