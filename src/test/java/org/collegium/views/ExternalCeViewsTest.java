package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.credentials.domain.CeFormality;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.externalce.CertificateSamples;
import org.collegium.externalce.domain.ExternalCeStatus;
import org.collegium.externalce.domain.SupervisionRole;
import org.collegium.externalce.service.ExternalCeRecords.CertificateUpload;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeForm;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeLine;
import org.collegium.externalce.service.ExternalCeRecords.SupervisionLine;
import org.collegium.externalce.service.ExternalCeService;
import org.collegium.externalce.service.SupervisionService;
import org.collegium.externalce.ui.ExternalCeReviewView;
import org.collegium.externalce.ui.MyExternalCeView;
import org.collegium.externalce.ui.MySupervisionView;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** External CE and supervision pages in the browserless UI: the member's list and form, the board's review. */
@IntegrationTest
class ExternalCeViewsTest extends SpringBrowserlessTest {

    @Autowired ExternalCeService service;
    @Autowired SupervisionService supervision;
    @Autowired org.collegium.externalce.service.ExternalCeReview review;
    @Autowired SocietyClock clock;
    @Autowired Roles roles;
    @Autowired JdbcTemplate jdbc;

    private static String tag() {
        return "Ce" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A day of its own in the past, so that no other test's hours share it. */
    private LocalDate someDay() {
        return clock.today().minusDays(ThreadLocalRandom.current().nextInt(30, 5000));
    }

    private int stored(String title) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM external_ce WHERE title = ?", Integer.class, title);
    }

    @Test
    @WithUserDetails("member@example.org")
    @SuppressWarnings("unchecked")
    void aMemberAddsExternalCeWithItsCertificateAndSeesItWaitForTheBoard() {
        navigate(MyExternalCeView.class);
        String title = tag() + " Ethics in groups";
        test($(Button.class).withText("Add external CE").single()).click();
        test($(TextField.class).withCaption("Provider").single()).setValue("AGPA Connect");
        test($(TextField.class).withCaption("Course title").single()).setValue(title);
        $(DatePicker.class).withCaption("Date").single().setValue(someDay());
        BigDecimalField hours = $(BigDecimalField.class).withCaption("Hours").single();
        hours.setValue(new BigDecimal("30"));
        ((CheckboxGroup<CeTopic>) $(CheckboxGroup.class).single()).setValue(Set.of(CeTopic.ETHICS));
        Paragraph file = $(Paragraph.class).id("certificate-file");
        Upload upload = $(Upload.class).single();

        // a text file named .pdf is refused by its content, and is not kept for saving
        test(upload).upload("certificate.pdf", "application/pdf", CertificateSamples.text());
        assertThat(file.getText()).contains("certificate.pdf").contains("not a PDF, PNG or JPEG");
        test($(Button.class).withText("Save").single()).click();
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).contains("24");
        assertThat(file.getText()).contains("Attach the certificate");
        assertThat(stored(title)).isZero();

        hours.setValue(new BigDecimal("3"));
        test(upload).upload("certificate.pdf", "application/pdf", CertificateSamples.truncated(CertificateSamples.pdf()));
        assertThat(file.getText()).contains("cannot be read");
        test(upload).upload("scan.jpg", "image/jpeg", CertificateSamples.png());
        assertThat(file.getText()).startsWith("Ready to save: scan.png (PNG");
        test($(Button.class).withText("Save").single()).click();
        assertThat(stored(title)).isOne();

        Grid<ExternalCeLine> grid = $(Grid.class).single();
        int row = rowOf(grid, title);
        assertThat(test(grid).getRow(row).status()).isEqualTo(ExternalCeStatus.PENDING);
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Waiting for the board");
        var actions = test(grid).getCellComponent(row, 2);
        assertThat(inside(actions).filter(Anchor.class::isInstance).findFirst().orElseThrow().getElement()
                .getAttribute("aria-label")).endsWith(": download the certificate of " + title);
        assertThat(inside(actions).filter(Button.class::isInstance).count()).isEqualTo(2); // edit, delete
    }

    @Test
    @WithUserDetails("member@example.org")
    @SuppressWarnings("unchecked")
    void aMemberSeesTheBoardsDecisionAndCannotChangeADecidedRecord() {
        String title = tag() + " Declined course";
        long id = service.create(new ExternalCeForm("Elsewhere", title, someDay(), BigDecimal.ONE, CeFormality.FORMAL,
                CeDelivery.ONLINE, Set.of(), 0), new CertificateUpload("c.pdf", CertificateSamples.pdf()));
        roles.as("board@example.org", Role.BOARD, () -> {
            review.decline(id, "Not a CE provider", review.get(id).version());
            return null;
        });
        navigate(MyExternalCeView.class);
        Grid<ExternalCeLine> grid = $(Grid.class).single();
        int row = rowOf(grid, title);
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Declined: does not count (Not a CE provider)");
        var actions = test(grid).getCellComponent(row, 2);
        assertThat(inside(actions).filter(Button.class::isInstance)).isEmpty();
    }

    /** Everything inside a cell's component, however deep. */
    private static java.util.stream.Stream<com.vaadin.flow.component.Component> inside(
            com.vaadin.flow.component.Component c) {
        return c.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child),
                inside(child)));
    }

    @Test
    @WithUserDetails("board@example.org")
    @SuppressWarnings("unchecked")
    void theBoardVerifiesAndDeclinesWithANote() {
        String title = tag() + " Group leadership";
        long id = roles.as("member@example.org", Role.MEMBER, () -> service.create(new ExternalCeForm("Institute",
                title, someDay(), new BigDecimal("6"), CeFormality.FORMAL, CeDelivery.IN_PERSON,
                Set.of(CeTopic.GROUP_PSYCHOTHERAPY), 0), new CertificateUpload("c.jpg", CertificateSamples.jpeg())));
        navigate(ExternalCeReviewView.class);
        Grid<ExternalCeLine> grid = $(Grid.class).single();
        Button verify = $(Button.class).withText("Verify").single();
        Button decline = $(Button.class).withText("Decline").single();
        assertThat(verify.isEnabled()).isFalse();
        test(grid).clickRow(rowOf(grid, title));
        assertThat($(Anchor.class).all()).anySatisfy(a -> assertThat(a.getElement().getAttribute("aria-label"))
                .endsWith(": download the certificate of " + title));
        test(verify).click();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ce_hours WHERE source = 'EXTERNAL' AND source_ref = ?",
                Integer.class, id)).isOne();

        $(com.vaadin.flow.component.select.Select.class).single().setValue(ExternalCeStatus.VERIFIED);
        test(grid).clickRow(rowOf(grid, title));
        assertThat(decline.getText()).isEqualTo("Un-verify (decline)");
        test(decline).click();
        TextArea note = $(TextArea.class).single();
        assertThat(note.isInvalid()).isTrue();
        test(note).setValue("Hours on the certificate are 3, not 6");
        test(decline).click();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ce_hours WHERE source = 'EXTERNAL' AND source_ref = ?",
                Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM external_ce WHERE id = ?", String.class, id))
                .isEqualTo("DECLINED");
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    void anAdministratorOpensTheReviewToo() {
        navigate(ExternalCeReviewView.class);
        assertThat($(Button.class).withText("Verify").single().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("officer@example.org")
    void anOfficerCannotOpenTheReviewNorAMembersPage() {
        for (String route : new String[] {"external-ce", "my/external-ce", "my/supervision"}) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as(route).isNotInstanceOfAny(ExternalCeReviewView.class,
                    MyExternalCeView.class, MySupervisionView.class);
        }
    }

    @Test
    @WithUserDetails("member@example.org")
    @SuppressWarnings("unchecked")
    void aMemberLogsSupervisionWhichCountsAtOnce() {
        navigate(MySupervisionView.class);
        String supervisor = tag() + " Yalom";
        test($(Button.class).withText("Log supervision").single()).click();
        $(DatePicker.class).withCaption("Date").single().setValue(clock.today().plusDays(1));
        $(BigDecimalField.class).withCaption("Hours").single().setValue(new BigDecimal("1.5"));
        test($(Button.class).withText("Save").single()).click();
        assertThat($(DatePicker.class).withCaption("Date").single().isInvalid()).isTrue();
        TextField name = $(TextField.class).withCaption("Supervisor's name").single();
        assertThat(name.isInvalid()).isTrue();

        $(DatePicker.class).withCaption("Date").single().setValue(someDay());
        test(name).setValue(supervisor);
        test($(TextField.class).withCaption("Supervisor's credential").single()).setValue("MD, CGP");
        test($(Button.class).withText("Save").single()).click();
        Grid<SupervisionLine> grid = $(Grid.class).single();
        SupervisionLine logged = null;
        for (int i = 0; i < test(grid).size(); i++) {
            if (supervisor.equals(test(grid).getRow(i).supervisorName())) {
                logged = test(grid).getRow(i);
            }
        }
        assertThat(logged).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ce_hours WHERE source = 'SUPERVISION' AND source_ref = ?",
                Integer.class, logged.id())).isOne();

        // giving supervision names no supervisor
        test($(Button.class).withText("Log supervision").single()).click();
        ((RadioButtonGroup<SupervisionRole>) $(RadioButtonGroup.class).single()).setValue(SupervisionRole.SUPERVISOR);
        assertThat($(TextField.class).withCaption("Supervisor's name").all()).isEmpty(); // hidden
    }

    private int rowOf(Grid<ExternalCeLine> grid, String title) {
        var tester = test(grid);
        for (int i = 0; i < tester.size(); i++) {
            if (title.equals(tester.getRow(i).title())) {
                return i;
            }
        }
        throw new AssertionError(title + " is not in the list");
    }
}
