package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The members file journey in Chromium: a bad CSV shows its problems, a good one imports in the background
 * (the page polls for the progress), and the list downloads as CSV.
 */
class MemberFilesJourneyTest extends BrowserJourney {

    @Test
    void theBoardImportsAFileAndDownloadsTheList() throws IOException {
        String tag = "Journey" + UUID.randomUUID().toString().substring(0, 8);
        Page page = signedIn("board@example.org");

        page.navigate(url("/members"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/members/import$"));
        Locator summary = page.locator("#import-summary");
        Locator fileInput = page.locator("vaadin-upload input[type=file]");

        fileInput.setInputFiles(csv("bad.csv", "last name,first name,email,discipline",
                tag + ",,one-" + tag + "@example.org,Other", tag + ",Two,not-an-email,Astrology"));
        assertThat(summary).containsText("3 problems");
        assertThat(page.locator("vaadin-grid")).containsText("The first name is required.");
        assertThat(importButton(page)).isDisabled();
        BrowserSession.screenshot(page, "member-import-errors");

        fileInput.setInputFiles(csv("good.csv", "last name,first name,email,discipline,affiliate",
                tag + ",One,one-" + tag + "@example.org,Other,CGPS", tag + ",Two,two-" + tag + "@example.org,"
                        + "Psychology,"));
        assertThat(summary).containsText("Ready to import");
        importButton(page).click();
        assertThat(summary).hasText("Imported: 2 new members, 0 updated.");
        BrowserSession.screenshot(page, "member-import-done");

        page.navigate(url("/members"));
        page.getByLabel("Search").fill(tag);
        assertThat(page.locator("vaadin-grid")).containsText("one-" + tag.toLowerCase() + "@example.org");
        BrowserSession.screenshot(page, "members-with-downloads");
        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        assertThat(download.suggestedFilename()).matches("members-\\d{4}-\\d{2}-\\d{2}\\.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("two-" + tag.toLowerCase() + "@example.org");
    }

    private static Locator importButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true));
    }

    private static FilePayload csv(String name, String... lines) {
        return new FilePayload(name, "text/csv", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
