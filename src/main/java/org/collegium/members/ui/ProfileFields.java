package org.collegium.members.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.collegium.base.ui.FieldMessages;
import org.collegium.members.domain.Discipline;
import org.collegium.members.service.MemberRecords.MemberForm;

/**
 * The fields of a person's profile, as the Join page and the member page ask for them (name, email, phone,
 * credentials, discipline, licence, practice and address) and My profile shows a part of them. Each is bound to the field name the services use in
 * their messages, so a rule the service breaks is shown on its field.
 */
final class ProfileFields {

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final EmailField email = new EmailField("Email");
    final TextField phone = new TextField("Phone");
    final TextField credentials = new TextField("Credentials");
    final Select<Discipline> discipline = new Select<>();
    final TextField licenceState = new TextField("Licence state");
    final TextField licenceNumber = new TextField("Licence number");
    final TextField practiceName = new TextField("Practice");
    final TextField city = new TextField("City");
    final TextField state = new TextField("State");
    final TextField postalCode = new TextField("ZIP / postal code");
    final TextField country = new TextField("Country");

    ProfileFields() {
        credentials.setHelperText("e.g. LCSW, PhD");
        discipline.setLabel("Discipline");
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(Discipline::label);
        licenceState.setMaxLength(2);
        licenceState.setHelperText("Two letters, e.g. NC");
        for (TextField required : new TextField[] {firstName, lastName, country}) {
            required.setRequiredIndicatorVisible(true);
        }
        email.setRequiredIndicatorVisible(true);
    }

    /** The fields in the order a form shows them. */
    Component[] components() {
        return new Component[] {firstName, lastName, email, phone, credentials, discipline, licenceState,
            licenceNumber, practiceName, city, state, postalCode, country};
    }

    /** Binds every field under the name the services give it in their messages. */
    FieldMessages bind(FieldMessages messages) {
        return messages.bind("firstName", firstName).bind("lastName", lastName).bind("email", email)
                .bind("phone", phone).bind("credentials", credentials).bind("discipline", discipline)
                .bind("licenceState", licenceState).bind("licenceNumber", licenceNumber)
                .bind("practiceName", practiceName).bind("city", city).bind("state", state)
                .bind("postalCode", postalCode).bind("country", country);
    }

    /** A new person's starting values. */
    void startNew(Discipline startingDiscipline) {
        country.setValue("US");
        discipline.setValue(startingDiscipline);
    }

    void show(MemberForm f) {
        firstName.setValue(f.firstName());
        lastName.setValue(f.lastName());
        email.setValue(f.email());
        discipline.setValue(f.discipline());
        licenceState.setValue(nz(f.licenceState()));
        licenceNumber.setValue(nz(f.licenceNumber()));
        showContact(f.phone(), f.credentials(), f.practiceName(), f.city(), f.state(), f.postalCode(), f.country());
    }

    /** The part a member keeps up to date themselves (My profile). */
    void showContact(String phone, String credentials, String practiceName, String city, String state,
            String postalCode, String country) {
        this.phone.setValue(nz(phone));
        this.credentials.setValue(nz(credentials));
        this.practiceName.setValue(nz(practiceName));
        this.city.setValue(nz(city));
        this.state.setValue(nz(state));
        this.postalCode.setValue(nz(postalCode));
        this.country.setValue(nz(country));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
