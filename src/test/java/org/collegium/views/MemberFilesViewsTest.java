package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.collegium.members.service.MemberColumn;
import org.collegium.members.service.MemberImport.ImportIssue;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberService;
import org.collegium.members.ui.MemberImportView;
import org.collegium.members.ui.MembersView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Downloading the members list and importing a CSV file, in the browserless views. */
@IntegrationTest
class MemberFilesViewsTest extends SpringBrowserlessTest {

    private static final String HEADER = "last name,first name,email,discipline,affiliate";

    @Autowired MemberService members;

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    @SuppressWarnings("unchecked")
    void aBadFileShowsEveryProblemByLineAndCannotBeImported() {
        navigate(MembersView.class);
        test($(Button.class).withText("Import").single()).click();
        assertThat(getCurrentView()).isInstanceOf(MemberImportView.class);
        String tag = tag();

        test(upload()).upload("members.csv", "text/csv", csv(HEADER,
                tag + ",Good,good-" + tag + "@example.org,Other,",
                tag + ",,blank-" + tag + "@example.org,Other,",
                tag + ",Bad,not-an-email,Astrology,Nowhere"));
        Grid<ImportIssue> errors = $(Grid.class).single();
        assertThat(test(errors).size()).isEqualTo(4);
        ImportIssue first = test(errors).getRow(0);
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.column()).isEqualTo("first name");
        assertThat(test(errors).getRow(1).line()).isEqualTo(4);
        assertThat(test(errors).getRow(1).column()).isEqualTo("email");
        assertThat(test(errors).getRow(3).column()).isEqualTo("affiliate");
        assertThat(errors.isVisible()).isTrue();
        assertThat(importButton().isEnabled()).isFalse();
        assertThat(summary()).contains("3 rows").contains("4 problems");

        test(upload()).upload("list.csv", "text/csv", csv("Yalom,irvin@example.org", "Leszcz,molyn@example.org"));
        assertThat(summary()).startsWith("list.csv: The first line must name the columns");
        assertThat(errors.isVisible()).isFalse();
        assertThat(importButton().isEnabled()).isFalse();
        assertThat(members.count(new MemberFilter(tag, null, null, null))).isZero();
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    @SuppressWarnings("unchecked")
    void aGoodFileIsImportedWithProgressAndACount() {
        navigate(MemberImportView.class);
        String tag = tag();
        test(upload()).upload("members.csv", "text/csv", csv(HEADER,
                tag + ",One,one-" + tag + "@example.org,Psychology,",
                tag + ",Two,two-" + tag + "@example.org,Counseling,CGPS"));
        assertThat(summary()).contains("2 new, 0 updates").contains("Ready to import");
        assertThat(importButton().isEnabled()).isTrue();

        test(importButton()).click();
        assertThat($(ProgressBar.class).single().isVisible()).as("the import runs in the background").isTrue();
        // polled on this thread: the round trip runs what the import's thread handed to the UI
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    roundTrip();
                    return summary().startsWith("Imported");
                });
        assertThat(summary()).isEqualTo("Imported: 2 new members, 0 updated.");
        assertThat($(ProgressBar.class).single().getValue()).isEqualTo(1.0);
        assertThat(importButton().isEnabled()).isFalse();
        assertThat(members.count(new MemberFilter(tag, null, null, null))).isEqualTo(2);

        // the same people again: updated only when the person says so
        test(upload()).upload("again.csv", "text/csv", csv(HEADER,
                tag + ",Uno,one-" + tag + "@example.org,Psychology,",
                tag + ",Three,three-" + tag + "@example.org,Other,"));
        Grid<ImportIssue> errors = $(Grid.class).single();
        assertThat(test(errors).size()).isEqualTo(1);
        assertThat(importButton().isEnabled()).isFalse();
        test($(Checkbox.class).single()).click();
        assertThat(errors.isVisible()).isFalse();
        assertThat(summary()).contains("1 new, 1 update.");
        assertThat(importButton().isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    void theFilteredListDownloadsAsCsvAndExcel() {
        navigate(MembersView.class);
        assertThat($(Button.class).withText("Import").all()).as("officers read but do not import").isEmpty();
        test($(TextField.class).withCaption("Search").single()).setValue("member@example.org");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test($(Anchor.class).id("export-csv")).download(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(2);
        assertThat(text.lines().toList().get(1)).contains("member@example.org");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        test($(Anchor.class).id("export-xlsx")).download(xlsx);
        assertThat(xlsx.toByteArray()).startsWith(0x50, 0x4B, 0x03, 0x04); // a zip: the workbook
    }

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    @SuppressWarnings("unchecked")
    void aFileWithUnknownColumnsIsMappedInsteadOfRefused() {
        navigate(MemberImportView.class);
        String tag = tag();
        test(upload()).upload("other-system.csv", "text/csv", csv("Family,Given Name,E-mail,Profession,Shoe size",
                tag + ",Irvin,mapped-" + tag + "@example.org,Psychiatry,44"));
        assertThat(summary()).contains("Choose the columns below");
        assertThat(importButton().isEnabled()).as("nothing to import before the columns are chosen").isFalse();
        Select<MemberColumn> family = $(Select.class).withCaption("\"Family\"").single();
        assertThat(family.getValue()).as("not recognised: the person decides").isNull();
        assertThat(((Select<MemberColumn>) $(Select.class).withCaption("\"E-mail\"").single()).getValue())
                .as("a known alias is preset").isEqualTo(MemberColumn.EMAIL);

        test($(Button.class).withText("Use these columns").single()).click();
        assertThat(summary()).as("the last name is still missing").contains("no column \"last name\"");

        family.setValue(MemberColumn.LAST_NAME); // "Shoe size" stays ignored
        test($(Button.class).withText("Use these columns").single()).click();
        assertThat(summary()).contains("1 new, 0 updates").contains("Ready to import");
        assertThat(importButton().isEnabled()).isTrue();
    }

    private Upload upload() {
        return $(Upload.class).single();
    }

    private Button importButton() {
        return $(Button.class).withText("Import").single();
    }

    private String summary() {
        return $(Paragraph.class).id("import-summary").getText();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String tag() {
        return "View" + UUID.randomUUID().toString().substring(0, 8);
    }
}
