package org.collegium.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.PasswordResetService;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.service.MailTemplateService;
import org.collegium.notifications.service.MailTemplateService.TemplateView;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 17, system emails: an administrator's templates per language, back to the default, and what is refused. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = "ADMIN")
class MailTemplatesTest {

    private static final String LINK = "password-link";
    private static final String BODY = "accounts.mail.body";
    private static final String RESET_SUBJECT = "accounts.mail.reset.subject";

    @Autowired MailTemplateService templates;
    @Autowired PasswordResetService resets;
    @Autowired AccountBootstrap bootstrap;
    @Autowired OutboxMessageRepository outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Autowired Roles roles;

    @AfterEach
    void backToTheDefaults() {
        roles.as("admin@example.org", Role.ADMIN, () -> {
            templates.restoreDefault(LINK, Messages.ENGLISH);
            return templates.restoreDefault(LINK, Messages.SPANISH);
        });
    }

    @Test
    void aChangedTextIsUsedForItsLanguageOnlyAndTheDefaultComesBack() {
        String english = Messages.in(Messages.ENGLISH, RESET_SUBJECT, "Sociedad");
        String spanishDefault = Messages.in(Messages.SPANISH, RESET_SUBJECT, "Sociedad");
        TemplateView spanish = templates.template(LINK, Messages.SPANISH);
        save(spanish, Map.of(RESET_SUBJECT, "Nueva contraseña para {society}, ¿vale?"));

        assertThat(Messages.in(Messages.SPANISH, RESET_SUBJECT, "Sociedad"))
                .isEqualTo("Nueva contraseña para Sociedad, ¿vale?");
        assertThat(Messages.in(Messages.ENGLISH, RESET_SUBJECT, "Sociedad")).isEqualTo(english);
        TemplateView stored = templates.template(LINK, Messages.SPANISH);
        assertThat(stored.changed()).isTrue();
        assertThat(templates.template(LINK, Messages.ENGLISH).changed()).isFalse();
        assertThat(templates.templates()).filteredOn(t -> t.id().equals(LINK)).singleElement()
                .satisfies(t -> assertThat(t.changedIn()).containsExactly("es"));

        TemplateView back = templates.restoreDefault(LINK, Messages.SPANISH);
        assertThat(back.changed()).isFalse();
        assertThat(Messages.in(Messages.SPANISH, RESET_SUBJECT, "Sociedad")).isEqualTo(spanishDefault);
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'MailTemplate' and "
                + "entity_id = 'password-link/es' order by id desc limit 2", String.class))
                .containsExactly("MAIL_TEMPLATE_RESET", "MAIL_TEMPLATE_CHANGED");
    }

    @Test
    void aPasswordResetEmailInTheOutboxUsesTheChangedTextWithItsApostrophesAndLink() {
        String email = "template-" + UUID.randomUUID() + "@example.org";
        bootstrap.ensureAccount(email, "Rae O'Template", "original-password", EnumSet.of(Role.MEMBER));
        save(templates.template(LINK, Messages.ENGLISH), Map.of(
                RESET_SUBJECT, "{society}: here's your link",
                BODY, "Hi {name}, it's '{link}' (for {minutes} minutes).\n"));

        resets.requestReset(email);

        List<OutboxMessage> mails = outbox.findByRecipientOrderByIdDesc(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).endsWith(": here's your link");
        assertThat(mails.getFirst().getBody()).startsWith("Hi Rae O'Template, it's 'http")
                .contains("/reset-password?token=").endsWith("' (for 60 minutes).\n");
    }

    @Test
    void aTextMissingARequiredFieldOrNamingAnUnknownOneIsRefusedAndNothingIsStored() {
        TemplateView view = templates.template(LINK, Messages.ENGLISH);
        assertThatThrownBy(() -> save(view, Map.of(BODY, "Hello {name}, choose a password somewhere.")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get(BODY))
                        .contains("{link}"));
        assertThatThrownBy(() -> save(view, Map.of(BODY, "Hello {firstName}: {link}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get(BODY))
                        .contains("no field {firstName}"));
        assertThatThrownBy(() -> save(view, Map.of(BODY, "Hello {name: {link}", RESET_SUBJECT, "a\nb")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get(BODY)).contains("never closed");
                    assertThat(e.fieldErrors().get(RESET_SUBJECT)).contains("one line");
                });
        assertThatThrownBy(() -> save(view, Map.of(BODY, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get(BODY))
                        .contains("is required"));
        assertThat(templates.template(LINK, Messages.ENGLISH).changed()).isFalse();
    }

    @Test
    void theDefaultTextSavedAsItIsStoresNothingAndAStaleVersionIsRefused() {
        TemplateView view = templates.template(LINK, Messages.ENGLISH);
        assertThat(save(view, Map.of()).changed()).as("the defaults unchanged").isFalse();

        TemplateView changed = save(view, Map.of(RESET_SUBJECT, "New password for {society}"));
        assertThat(changed.changed()).isTrue();
        assertThatThrownBy(() -> save(view, Map.of(RESET_SUBJECT, "Other words for {society}")))
                .as("saved from the page before the change").isInstanceOf(ConcurrentEditException.class);
        assertThat(Messages.in(Messages.ENGLISH, RESET_SUBJECT, "S")).isEqualTo("New password for S");
    }

    @Test
    void aRolledBackSaveLeavesTheEmailsAsTheyWere() {
        String before = Messages.in(Messages.ENGLISH, RESET_SUBJECT, "S");
        TemplateView view = templates.template(LINK, Messages.ENGLISH);
        transactions.executeWithoutResult(tx -> {
            save(view, Map.of(RESET_SUBJECT, "Rolled back {society}"));
            assertThat(Messages.in(Messages.ENGLISH, RESET_SUBJECT, "S")).isEqualTo("Rolled back S");
            tx.setRollbackOnly();
        });
        assertThat(Messages.in(Messages.ENGLISH, RESET_SUBJECT, "S")).isEqualTo(before);
    }

    @Test
    void anEmailWrittenInAReadOnlyTransactionReadsTheLatestTexts() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        String before = readOnly.execute(tx -> Messages.in(Messages.ENGLISH, RESET_SUBJECT, "S"));
        save(templates.template(LINK, Messages.ENGLISH), Map.of(RESET_SUBJECT, "Fresh {society}"));
        String after = readOnly.execute(tx -> Messages.in(Messages.ENGLISH, RESET_SUBJECT, "S"));
        assertThat(after).isEqualTo("Fresh S").isNotEqualTo(before);
    }

    @Test
    void thePreviewFillsSampleValuesAndSaysWhatIsWrong() {
        TemplateView view = templates.template(LINK, Messages.ENGLISH);
        Map<String, String> texts = texts(view, Map.of(BODY, "Hi {name}: {link}", RESET_SUBJECT, "{nope}"));
        var preview = templates.preview(LINK, Messages.ENGLISH, texts);
        assertThat(preview.get(BODY).text()).isEqualTo("Hi Alex Rivera: https://portal.example.org/reset-password"
                + "?token=sample");
        assertThat(preview.get(RESET_SUBJECT).error()).contains("{nope}");
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        assertThatThrownBy(() -> templates.template("no-such-email", Messages.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void onlyAnAdministratorReadsOrChangesTemplates() {
        assertThatThrownBy(() -> templates.templates()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.save(LINK, Messages.ENGLISH, Map.of(), Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.restoreDefault(LINK, Messages.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private TemplateView save(TemplateView view, Map<String, String> changes) {
        return templates.save(view.id(), Messages.supported(view.language()), texts(view, changes), view.versions());
    }

    private static Map<String, String> texts(TemplateView view, Map<String, String> changes) {
        Map<String, String> texts = new LinkedHashMap<>();
        view.parts().forEach(p -> texts.put(p.key(), changes.getOrDefault(p.key(), p.text())));
        return texts;
    }
}
