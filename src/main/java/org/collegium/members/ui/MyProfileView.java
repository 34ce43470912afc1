package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.Notifications;
import org.collegium.members.service.SelfService;
import org.collegium.members.service.SelfService.MyProfile;
import org.collegium.members.service.SelfService.ProfileForm;

/** A member keeps their own contact, practice and directory listing up to date. */
@Route("my/profile")
@Menu(order = 2, title = "membership.menu.my-profile", icon = "vaadin:user")
@RolesAllowed(Access.MEMBER)
public class MyProfileView extends VerticalLayout implements HasDynamicTitle {

    // a member keeps their contact and practice; name, email, discipline and licence are the office's to change
    final ProfileFields profile = new ProfileFields();
    final Checkbox directoryOptIn = new Checkbox(getTranslation("membership.profile.directory-opt-in"));
    final Checkbox showEmail = new Checkbox(getTranslation("membership.profile.show-email"));
    private final Paragraph who = new Paragraph();
    private long version;

    public MyProfileView(SelfService service) {
        ProfileFields p = profile;
        FieldMessages messages = profile.bind(new FieldMessages());
        FormLayout form = new FormLayout(p.phone, p.credentials, p.practiceName, p.city, p.state, p.postalCode,
                p.country, directoryOptIn, showEmail);
        form.setMaxWidth("48rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        Button save = new Button(getTranslation("membership.profile.save"), e -> {
            try {
                show(service.updateProfile(new ProfileForm(p.phone.getValue(), p.credentials.getValue(),
                        p.practiceName.getValue(), p.city.getValue(), p.state.getValue(), p.postalCode.getValue(),
                        p.country.getValue(), directoryOptIn.getValue(), showEmail.getValue(), version)));
                messages.clear();
                Notifications.success(getTranslation("membership.profile.saved"));
            } catch (InvalidInputException ex) {
                messages.show(ex);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(who, form, save, new Paragraph(getTranslation("membership.profile.office")));
        try {
            show(service.profile());
        } catch (BusinessRuleException e) {
            removeAll();
            add(new Paragraph(e.getMessage()));
        }
    }

    private void show(MyProfile p) {
        version = p.form().version();
        who.setText(p.name() + " · " + p.email() + (p.licence() == null ? ""
                : " · " + getTranslation("membership.profile.licence", p.licence())));
        ProfileForm f = p.form();
        profile.showContact(f.phone(), f.credentials(), f.practiceName(), f.city(), f.state(), f.postalCode(),
                f.country());
        directoryOptIn.setValue(p.form().directoryOptIn());
        showEmail.setValue(p.form().showEmailInDirectory());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.profile.title");
    }
}
