package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("My profile")
@Menu(order = 2, title = "My profile", icon = "vaadin:user")
@RolesAllowed(Access.MEMBER)
public class MyProfileView extends VerticalLayout {

    // a member keeps their contact and practice; name, email, discipline and licence are the office's to change
    final ProfileFields profile = new ProfileFields();
    final Checkbox directoryOptIn = new Checkbox("List me in the members' directory");
    final Checkbox showEmail = new Checkbox("Show my email in the directory");
    private final Paragraph who = new Paragraph();
    private long version;

    public MyProfileView(SelfService service) {
        ProfileFields p = profile;
        FieldMessages messages = profile.bind(new FieldMessages());
        FormLayout form = new FormLayout(p.phone, p.credentials, p.practiceName, p.city, p.state, p.postalCode,
                p.country, directoryOptIn, showEmail);
        form.setMaxWidth("48rem");
        Button save = new Button("Save my profile", e -> {
            try {
                show(service.updateProfile(new ProfileForm(p.phone.getValue(), p.credentials.getValue(),
                        p.practiceName.getValue(), p.city.getValue(), p.state.getValue(), p.postalCode.getValue(),
                        p.country.getValue(), directoryOptIn.getValue(), showEmail.getValue(), version)));
                messages.clear();
                Notifications.success("Your profile is saved.");
            } catch (InvalidInputException ex) {
                messages.show(ex);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(who, form, save, new Paragraph("To change your name or email, write to the society's office."));
        try {
            show(service.profile());
        } catch (BusinessRuleException e) {
            removeAll();
            add(new Paragraph(e.getMessage()));
        }
    }

    private void show(MyProfile p) {
        version = p.form().version();
        who.setText(p.name() + " · " + p.email() + (p.licence() == null ? "" : " · licence " + p.licence()));
        ProfileForm f = p.form();
        profile.showContact(f.phone(), f.credentials(), f.practiceName(), f.city(), f.state(), f.postalCode(),
                f.country());
        directoryOptIn.setValue(p.form().directoryOptIn());
        showEmail.setValue(p.form().showEmailInDirectory());
    }
}
