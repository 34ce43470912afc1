package org.collegium.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.notifications.domain.OutboxMessage;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, system emails, in Chromium: the administrator changes the password reset email's subject, sees it in the
 * preview, saves; a visitor asks for a reset link and the email in the outbox has the new subject; back to the default.
 */
class EmailTemplatesJourneyTest extends BrowserJourney {

    @Test
    @Tag(Portal.IN_PROCESS)
    void theAdministratorChangesTheResetSubjectAndTheNextEmailHasIt() {
        String email = "journey-template-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Portal.bean(AccountBootstrap.class).ensureAccount(email, "Jo Journey", "journey-password-1",
                EnumSet.of(Role.MEMBER));
        String society = Portal.bean(SocietySettingsService.class).current().societyName();
        Page admin = signedIn("admin@example.org");
        admin.navigate(url("/admin/email-templates"));
        field(admin, "Password reset: subject").fill("Your {society} link, as we say it");
        assertThat(admin.getByText("Your Collegium Society link, as we say it")).isVisible();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(admin.getByText("This email uses texts changed from the default in this language.")).isVisible();
        try {
            Page visitor = browser.newPage();
            visitor.navigate(url("/forgot-password"));
            field(visitor, "Email").fill(email);
            visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email me a link")).click();
            assertThat(visitor.getByText("If an account uses that address")).isVisible();
            List<OutboxMessage> mails = Portal.bean(OutboxMessageRepository.class).findByRecipientOrderByIdDesc(email);
            assertThat(mails).isNotEmpty();
            assertThat(mails.getFirst().getSubject()).isEqualTo("Your " + society + " link, as we say it");
        } finally {
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to the default")).click();
            admin.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Back to the default")).click();
            assertThat(admin.getByText("This email uses the default texts in this language.")).isVisible();
        }
    }
}
