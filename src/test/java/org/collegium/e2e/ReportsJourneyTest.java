package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An officer in Chromium: opens the membership summary from Reports, sees its chart, downloads it as CSV. */
class ReportsJourneyTest extends BrowserJourney {

    @Test
    void anOfficerOpensAReportSeesTheChartAndDownloadsTheCsv() throws IOException {
        Page page = signedIn("officer@example.org");
        assertThat(page.locator(".dashboard")).containsText("Income this month");
        BrowserSession.screenshot(page, "officer-home");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Reports")).click();
        page.waitForURL(Pattern.compile(".*/reports$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Membership summary").setExact(true))
                .first().click();
        page.waitForURL(Pattern.compile(".*/reports/membership$"));

        Locator chart = page.locator("svg.report-chart[role=img]");
        assertThat(chart).isVisible();
        assertThat(chart).hasAttribute("aria-label", Pattern.compile("^Bar chart: Members by status on .*"));
        assertThat(chart.locator("rect.bar")).hasCount(5);
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid).containsText("Grace period");
        BrowserSession.screenshot(page, "report-membership-summary");

        Download download = page.waitForDownload(() -> page.locator("#report-csv").click());
        assertThat(download.suggestedFilename()).matches("membership-summary-\\d{4}-\\d{2}-\\d{2}\\.csv");
        List<String> lines = Files.readString(download.path(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFStatus,Members");
        assertThat(lines.subList(1, 6)).extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactly("Applicant", "Active", "Grace period", "Lapsed", "Resigned");
        // the figures in the file are the figures on the screen
        String active = lines.get(2).substring(lines.get(2).indexOf(',') + 1);
        assertThat(chart.locator("rect.bar").nth(1).locator("title"))
                .hasText(Pattern.compile("Active – Members: " + grouped(active) + "$"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Growth").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/reports/growth$"));
        assertThat(page.locator("svg.report-chart polyline")).hasCount(3);
        BrowserSession.screenshot(page, "report-membership-growth");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Income").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/reports/income$"));
        assertThat(page.locator("svg.report-chart rect.bar").first()).isAttached();
        BrowserSession.screenshot(page, "report-income");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Events").setExact(true)).last().click();
        page.waitForURL(Pattern.compile(".*/reports/events$"));
        assertThat(page.locator("vaadin-grid")).containsText("Attendance %");
        BrowserSession.screenshot(page, "report-events");

        page.navigate(url("/reports/ce")); // its link sits under the development-mode notice on a narrow page
        page.waitForURL(Pattern.compile(".*/reports/ce$"));
        assertThat(page.locator("vaadin-grid")).containsText("Hours");
        BrowserSession.screenshot(page, "report-ce-issued");

        page.navigate(url("/reports/groups"));
        page.waitForURL(Pattern.compile(".*/reports/groups$"));
        assertThat(page.locator("svg.report-chart rect.bar").first()).isAttached();
        BrowserSession.screenshot(page, "report-groups");
    }

    private static String grouped(String number) {
        return String.format(java.util.Locale.US, "%,d", Long.parseLong(number));
    }
}
