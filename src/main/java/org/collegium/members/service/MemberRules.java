package org.collegium.members.service;

import java.util.Set;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.i18n.Messages;
import org.collegium.members.service.MemberRecords.MemberForm;

/** Field rules of a member record, with the message a person reads for each. */
final class MemberRules {

    /** US states, DC and territories: licences are issued by these boards. */
    static final Set<String> LICENCE_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");

    private MemberRules() {
    }

    static FieldErrors check(MemberForm f) {
        FieldErrors errors = new FieldErrors()
                .require("firstName", f.firstName(), Messages.t("members.field.first-name"), 100)
                .require("lastName", f.lastName(), Messages.t("members.field.last-name"), 100)
                .maxLength("credentials", f.credentials(), Messages.t("members.field.credentials"), 100)
                .maxLength("practiceName", f.practiceName(), Messages.t("members.field.practice"), 200)
                .maxLength("city", f.city(), Messages.t("members.field.city"), 100)
                .maxLength("state", f.state(), Messages.t("members.field.state"), 60)
                .require("country", f.country(), Messages.t("members.field.country"), 60)
                .maxLength("notes", f.notes(), Messages.t("members.field.notes"), 5000);
        if (!EmailAddress.isValid(f.email())) {
            errors.add("email", Messages.t(f.email() == null || f.email().isBlank()
                    ? "members.rule.email.required" : "members.rule.email.invalid"));
        }
        if (f.phone() != null && !f.phone().isBlank() && !f.phone().strip().matches("[0-9+().\\- ]{7,40}")) {
            errors.add("phone", Messages.t("members.rule.phone"));
        }
        if (f.discipline() == null) {
            errors.add("discipline", Messages.t("members.rule.discipline"));
        }
        String state = f.licenceState() == null ? "" : f.licenceState().strip().toUpperCase();
        String number = f.licenceNumber() == null ? "" : f.licenceNumber().strip();
        if (!state.isEmpty() && !LICENCE_STATES.contains(state)) {
            errors.add("licenceState", Messages.t("members.rule.licence-state"));
        }
        if (!number.isEmpty() && !number.matches("[A-Za-z0-9\\-./ ]{1,40}")) {
            errors.add("licenceNumber", Messages.t("members.rule.licence-number"));
        }
        if (!number.isEmpty() && state.isEmpty()) {
            errors.add("licenceState", Messages.t("members.rule.licence-state.missing"));
        }
        if (f.postalCode() != null && !f.postalCode().isBlank()) {
            String postal = f.postalCode().strip();
            boolean us = f.country() == null || f.country().strip().equalsIgnoreCase("US")
                    || f.country().strip().equalsIgnoreCase("USA");
            if (us ? !postal.matches("\\d{5}(-\\d{4})?") : postal.length() > 20) {
                errors.add("postalCode", Messages.t(us ? "members.rule.zip"
                        : "members.rule.postal-code"));
            }
        }
        return errors;
    }
}
