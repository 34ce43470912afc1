package org.collegium.members.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.collegium.base.i18n.Messages;
import org.collegium.base.ui.FieldMessages;
import org.collegium.members.domain.Discipline;
import org.collegium.members.service.MemberRecords.MemberForm;

/**
 * The fields of a person's profile, as the Join page and the member page ask for them (name, email, phone,
 * credentials, discipline, licence, practice and address) and My profile shows a part of them. Each is bound to the field name the services use in
 * their messages, so a rule the service breaks is shown on its field.
 */
final class ProfileFields {

    final TextField firstName = new TextField(Messages.t("members.profile.first-name"));
    final TextField lastName = new TextField(Messages.t("members.profile.last-name"));
    final EmailField email = new EmailField(Messages.t("members.profile.email"));
    final TextField phone = new TextField(Messages.t("members.profile.phone"));
    final TextField credentials = new TextField(Messages.t("members.profile.credentials"));
    final Select<Discipline> discipline = new Select<>();
    final TextField licenceState = new TextField(Messages.t("members.profile.licence-state"));
    final TextField licenceNumber = new TextField(Messages.t("members.profile.licence-number"));
    final TextField practiceName = new TextField(Messages.t("members.profile.practice"));
    final TextField city = new TextField(Messages.t("members.profile.city"));
    final TextField state = new TextField(Messages.t("members.profile.state"));
    final TextField postalCode = new TextField(Messages.t("members.profile.postal-code"));
    final TextField country = new TextField(Messages.t("members.profile.country"));

    ProfileFields() {
        credentials.setHelperText(Messages.t("members.profile.credentials.help"));
        discipline.setLabel(Messages.t("members.profile.discipline"));
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(Discipline::label);
        licenceState.setMaxLength(2);
        licenceState.setHelperText(Messages.t("members.profile.licence-state.help"));
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
