package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.NotFoundView;
import org.collegium.notifications.service.MailTemplateService;
import org.collegium.notifications.service.MailTemplateService.TemplateSummary;
import org.collegium.notifications.ui.MailTemplatesView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The administrators' email templates page: refusals on the field, a live preview, save and back to the default. */
@IntegrationTest
class MailTemplatesViewTest extends SpringBrowserlessTest {

    @Autowired MailTemplateService service;

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void anAdministratorChangesATemplateSeesThePreviewAndPutsItBack() {
        navigate(MailTemplatesView.class);
        Select<TemplateSummary> template = $(Select.class).withCaption("Email").single();
        TemplateSummary passwordLink = template.getListDataView().getItems()
                .filter(t -> t.id().equals("password-link")).findFirst().orElseThrow();
        template.setValue(passwordLink);
        Select<Locale> language = $(Select.class).withCaption("Language").single();
        language.setValue(Messages.SPANISH);
        TextArea body = $(TextArea.class).withCaption("Body (invitation and reset)").single();
        Button save = $(Button.class).withText("Save").single();
        Button restore = $(Button.class).withText("Back to the default").single();
        Paragraph state = $(Paragraph.class).id("template-state");
        assertThat(body.getValue()).as("the Spanish default, with named fields").contains("{link}")
                .contains("{name}").doesNotContain("{0}");
        assertThat(body.getHelperText()).contains("{name}, {intro}, {link}, {minutes}").contains("{link}");

        test(body).setValue("Hola {name}: sin enlace");
        assertThat(body.isInvalid()).as("refused as typed").isTrue();
        assertThat(body.getErrorMessage()).contains("{link}");
        test(save).click();
        assertThat(service.template("password-link", Messages.SPANISH).changed()).as("nothing saved").isFalse();

        language.setValue(Messages.ENGLISH);
        ConfirmDialog discard = $(ConfirmDialog.class).single();
        assertThat(discard.getElement().getProperty("header")).isEqualTo("Discard your changes?");
        test(discard).cancel();
        assertThat(language.getValue()).as("kept editing").isEqualTo(Messages.SPANISH);
        assertThat(body.getValue()).isEqualTo("Hola {name}: sin enlace");

        test(body).setValue("Hola {name}, aquí está: {link}\n");
        assertThat(body.isInvalid()).isFalse();
        Pre preview = $(Pre.class).id("preview-accounts-mail-body");
        assertThat(preview.getText()).isEqualTo("Hola Alex Rivera, aquí está: "
                + "https://portal.example.org/reset-password?token=ejemplo\n");
        test(save).click();
        try {
            assertThat(service.template("password-link", Messages.SPANISH).changed()).isTrue();
            assertThat(state.getText()).contains("changed from the default");
            assertThat(template.getValue().changedIn()).containsExactly("es");

            assertThat($(ConfirmDialog.class).all()).as("no question after saving").allMatch(d -> !d.isOpened());
            test(restore).click();
            ConfirmDialog confirm = $(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened)
                    .findFirst().orElseThrow();
            assertThat(confirm.getElement().getProperty("header")).contains("back to the default");
            test(confirm).confirm();
            assertThat(service.template("password-link", Messages.SPANISH).changed()).isFalse();
            assertThat(state.getText()).contains("default texts");
            assertThat(restore.isEnabled()).isFalse();
        } finally {
            service.restoreDefault("password-link", Messages.SPANISH);
        }
    }

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void theBoardDoesNotOpenThePage() {
        UI.getCurrent().navigate("admin/email-templates");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
