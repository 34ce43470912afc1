package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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
@RolesAllowed("MEMBER")
public class MyProfileView extends VerticalLayout {

    final TextField phone = new TextField("Phone");
    final TextField credentials = new TextField("Credentials");
    final TextField practiceName = new TextField("Practice");
    final TextField city = new TextField("City");
    final TextField state = new TextField("State");
    final TextField postalCode = new TextField("ZIP / postal code");
    final TextField country = new TextField("Country");
    final Checkbox directoryOptIn = new Checkbox("List me in the members' directory");
    final Checkbox showEmail = new Checkbox("Show my email in the directory");
    private final Paragraph who = new Paragraph();
    private long version;

    public MyProfileView(SelfService service) {
        FieldMessages messages = new FieldMessages().bind("phone", phone).bind("credentials", credentials)
                .bind("practiceName", practiceName).bind("city", city).bind("state", state)
                .bind("postalCode", postalCode).bind("country", country);
        FormLayout form = new FormLayout(phone, credentials, practiceName, city, state, postalCode, country,
                directoryOptIn, showEmail);
        form.setMaxWidth("48rem");
        Button save = new Button("Save my profile", e -> {
            try {
                show(service.updateProfile(new ProfileForm(phone.getValue(), credentials.getValue(),
                        practiceName.getValue(), city.getValue(), state.getValue(), postalCode.getValue(),
                        country.getValue(), directoryOptIn.getValue(), showEmail.getValue(), version)));
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
        phone.setValue(nz(p.form().phone()));
        credentials.setValue(nz(p.form().credentials()));
        practiceName.setValue(nz(p.form().practiceName()));
        city.setValue(nz(p.form().city()));
        state.setValue(nz(p.form().state()));
        postalCode.setValue(nz(p.form().postalCode()));
        country.setValue(nz(p.form().country()));
        directoryOptIn.setValue(p.form().directoryOptIn());
        showEmail.setValue(p.form().showEmailInDirectory());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
