package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.service.AccountView;
import org.collegium.accounts.ui.AccountsView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An administrator finds and creates accounts in the browser; bad input is answered on the form. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = "ADMIN")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;

    @Test
    void searchFiltersTheGrid() {
        navigate(AccountsView.class);
        test($(TextField.class).single()).setValue("board@example");
        @SuppressWarnings("unchecked")
        Grid<AccountView> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).email()).isEqualTo("board@example.org");
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAnAccountFromTheDialog() {
        navigate(AccountsView.class);
        test($(Button.class).withText("New account").single()).click();
        Dialog dialog = $(Dialog.class).single();
        String email = "created-" + UUID.randomUUID() + "@example.org";
        test($(EmailField.class, dialog).single()).setValue(email);
        test($(TextField.class, dialog).withCaption("Name").single()).setValue("Created In View");
        CheckboxGroup<Role> roles = $(CheckboxGroup.class, dialog).single();
        roles.setValue(java.util.Set.of(Role.OFFICER));
        test($(Button.class, dialog).withText("Create account").single()).click();

        assertThat(accounts.count(email)).isEqualTo(1);
        assertThat(accounts.find(email, org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().roles())
                .containsExactly(Role.OFFICER);
    }

    @Test
    void missingFieldsAreMarkedAndNothingIsSaved() {
        navigate(AccountsView.class);
        long before = accounts.count("");
        test($(Button.class).withText("New account").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(EmailField.class, dialog).single()).setValue("not-an-email");
        test($(Button.class, dialog).withText("Create account").single()).click();

        assertThat($(EmailField.class, dialog).single().isInvalid()).isTrue();
        assertThat($(TextField.class, dialog).withCaption("Name").single().getErrorMessage())
                .isEqualTo("Enter the person's name.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accounts.count("")).isEqualTo(before);
    }
}
