package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.ui.ForgotPasswordView;
import org.collegium.accounts.ui.LoginView;
import org.collegium.accounts.ui.ResetPasswordView;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Forgot password and the page its link opens, as an anonymous visitor uses them. */
@IntegrationTest
@WithAnonymousUser
class PasswordViewsTest extends SpringBrowserlessTest {

    @Autowired AccountBootstrap bootstrap;
    @Autowired OutboxMessageRepository outbox;

    @Test
    void askingForALinkEmailsItAndSaysTheSameForAnyAddress() {
        String email = "forgot-" + UUID.randomUUID() + "@example.org";
        bootstrap.ensureAccount(email, "Forgetful", "the-old-password", EnumSet.of(Role.MEMBER));
        navigate(ForgotPasswordView.class);

        test($(EmailField.class).single()).setValue("not an email");
        test($(Button.class).withText("Email me a link").single()).click();
        assertThat($(EmailField.class).single().isInvalid()).isTrue();

        test($(EmailField.class).single()).setValue(email);
        test($(Button.class).withText("Email me a link").single()).click();
        assertThat(paragraphs()).anyMatch(p -> p.startsWith("If an account uses that address"));
        assertThat(outbox.findByRecipientOrderByIdDesc(email)).hasSize(1);
    }

    @Test
    void theLinkSetsAPasswordAndLeadsToSignIn() {
        String email = "link-" + UUID.randomUUID() + "@example.org";
        bootstrap.ensureAccount(email, "Linked", "the-old-password", EnumSet.of(Role.MEMBER));
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).single()).setValue(email);
        test($(Button.class).withText("Email me a link").single()).click();
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)")
                .matcher(outbox.findByRecipientOrderByIdDesc(email).getFirst().getBody());
        assertThat(m.find()).isTrue();

        openLink(m.group(1));
        List<PasswordField> fields = $(PasswordField.class).all();
        test(fields.get(0)).setValue("a-new-password-1");
        test(fields.get(1)).setValue("a-different-one-2");
        test($(Button.class).withText("Set password").single()).click();
        assertThat(fields.get(1).getErrorMessage()).isEqualTo("The two passwords are not the same.");

        test(fields.get(1)).setValue("a-new-password-1");
        test($(Button.class).withText("Set password").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void aBadLinkSaysItIsNotValidAndOffersANewOne() {
        openLink("made-up");
        assertThat(paragraphs()).anyMatch(p -> p.contains("not valid any more"));
        assertThat($(PasswordField.class).all()).isEmpty();
    }

    private void openLink(String token) {
        UI.getCurrent().navigate("reset-password", QueryParameters.of("token", token));
        assertThat(getCurrentView()).isInstanceOf(ResetPasswordView.class);
    }

    private List<String> paragraphs() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
