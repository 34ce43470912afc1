package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.collegium.backups.ui.BackupsView;
import org.collegium.base.service.AuditService.EntryView;
import org.collegium.base.ui.AuditLogView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.Changes;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.ui.SettingsView;
import org.collegium.notifications.service.MailOutbox;
import org.collegium.notifications.service.OutboxService.MessageView;
import org.collegium.notifications.ui.OutboxView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrators' outbox and settings views. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = "ADMIN")
class AdminViewsTest extends SpringBrowserlessTest {

    @Autowired MailOutbox mailOutbox;
    @Autowired TransactionTemplate transactions;
    @Autowired SocietySettingsService settings;
    @Autowired AuditLog auditLog;

    @Test
    @SuppressWarnings("unchecked")
    void theOutboxShowsKeptEmailsAndSaysWhyTheyAreKept() {
        String to = "kept-" + UUID.randomUUID() + "@example.org";
        transactions.executeWithoutResult(tx -> mailOutbox.enqueue(to, "Kept for the demo", "Hello"));
        navigate(OutboxView.class);

        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("No mail server is configured"));
        test($(TextField.class).single()).setValue(to);
        Grid<MessageView> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).subject()).isEqualTo("Kept for the demo");
    }

    @Test
    void settingsRefuseAnEmptyNameAndKeepTheStoredOne() {
        String before = settings.current().societyName();
        navigate(SettingsView.class);
        TextField name = $(TextField.class).withCaption("Society name").single();
        test(name).setValue("");
        test($(Button.class).withText("Save settings").single()).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(settings.current().societyName()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewTimeZoneIsSavedOnlyAfterSayingWhatItAffects() {
        SocietySettingsService.Settings before = settings.current();
        try {
            navigate(SettingsView.class);
            ComboBox<String> zone = $(ComboBox.class).withCaption("Time zone").single();
            zone.setValue("America/Los_Angeles");
            test($(Button.class).withText("Save settings").single()).click();
            ConfirmDialog dialog = $(ConfirmDialog.class).single();
            assertThat(dialog.getElement().getProperty("header")).isEqualTo(
                    "Change the time zone to America/Los_Angeles?");
            assertThat(dialog.getElement().getProperty("message")).as("what a change affects")
                    .contains("Existing peer groups and events keep their own zones")
                    .contains("an event at 7:30 PM in its zone still starts then")
                    .contains("New events and groups default to the new zone");
            test(dialog).cancel();
            assertThat(settings.current().timeZone()).as("nothing saved yet").isEqualTo(before.timeZone());

            test($(Button.class).withText("Save settings").single()).click();
            test($(ConfirmDialog.class).single()).confirm();
            assertThat(settings.current().timeZone().getId()).isEqualTo("America/Los_Angeles");
        } finally {
            settings.update(before.societyName(), before.timeZone().getId(), settings.current().version());
        }
    }

    @Test
    void theBackupsViewSaysWhereBackupsGoAndWhichToolTakesThem() {
        navigate(BackupsView.class);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("kept for 14 days")
                && p.getText().contains("mariadb-dump"));
        assertThat($(Button.class).withText("Back up now").single().isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    @SuppressWarnings("unchecked")
    void anOfficerReadsOneRecordsHistoryFromALink() {
        UI.getCurrent().navigate("audit", QueryParameters.of("type", "UserAccount"));
        assertThat(getCurrentView()).isInstanceOf(AuditLogView.class);
        Grid<EntryView> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < Math.min(10, test(grid).size()); i++) {
            assertThat(test(grid).getRow(i).entityType()).isEqualTo("UserAccount");
        }
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    @SuppressWarnings("unchecked")
    void theRecordTypeFilterOffersEveryTypeInWordsAndAnUnknownTypeFromALinkSaysSo() {
        navigate(AuditLogView.class);
        Select<String> type = $(Select.class).withCaption("Record type").single();
        assertThat(type.getListDataView().getItems().toList())
                .containsAll(org.collegium.base.service.AuditActions.recordTypes().keySet());
        assertThat(type.getItemLabelGenerator().apply("PeerGroup")).isEqualTo("Peer group");
        assertThat(unknownTypeNotices()).as("no notice for a known type").isEmpty();

        UI.getCurrent().navigate("audit", QueryParameters.of("type", "Spaceship"));
        assertThat(unknownTypeNotices()).singleElement().extracting(Span::getText).asString()
                .contains("There is no record type \"Spaceship\"");
        Grid<EntryView> grid = $(Grid.class).single();
        assertThat(test(grid).size()).as("nothing else shown in its place").isZero();

        // a member's entry of this test's own, whatever other tests left in the log
        transactions.executeWithoutResult(tx -> auditLog.record("MEMBER_UPDATED", "Member", 1L,
                "An entry for the record type filter", new Changes()));
        test($(Select.class).withCaption("Record type").single()).selectItem("Member");
        assertThat(unknownTypeNotices()).isEmpty();
        assertThat(test(grid).size()).isPositive();
    }

    /** The notice about an unknown type, when shown (queries find visible components only). */
    private java.util.List<Span> unknownTypeNotices() {
        return $(Span.class).withClassName("audit-unknown-type").all();
    }
}
