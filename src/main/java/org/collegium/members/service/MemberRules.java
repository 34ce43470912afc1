package org.collegium.members.service;

import java.util.Set;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.FieldErrors;
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
                .require("firstName", f.firstName(), "The first name", 100)
                .require("lastName", f.lastName(), "The last name", 100)
                .maxLength("credentials", f.credentials(), "Credentials", 100)
                .maxLength("practiceName", f.practiceName(), "The practice name", 200)
                .maxLength("city", f.city(), "The city", 100)
                .maxLength("state", f.state(), "The state", 60)
                .require("country", f.country(), "The country", 60)
                .maxLength("notes", f.notes(), "Notes", 5000);
        if (!EmailAddress.isValid(f.email())) {
            errors.add("email", f.email() == null || f.email().isBlank() ? "The email is required."
                    : "The email is not a valid address, like name@example.org.");
        }
        if (f.phone() != null && !f.phone().isBlank() && !f.phone().strip().matches("[0-9+().\\- ]{7,40}")) {
            errors.add("phone", "The phone number may have digits, spaces and + ( ) - . only (7 to 40 of them).");
        }
        if (f.discipline() == null) {
            errors.add("discipline", "Choose a discipline.");
        }
        String state = f.licenceState() == null ? "" : f.licenceState().strip().toUpperCase();
        String number = f.licenceNumber() == null ? "" : f.licenceNumber().strip();
        if (!state.isEmpty() && !LICENCE_STATES.contains(state)) {
            errors.add("licenceState", "The licence state is a two-letter code such as NC or GA.");
        }
        if (!number.isEmpty() && !number.matches("[A-Za-z0-9\\-./ ]{1,40}")) {
            errors.add("licenceNumber", "The licence number may have letters, digits and - . / only (at most 40).");
        }
        if (!number.isEmpty() && state.isEmpty()) {
            errors.add("licenceState", "Give the state that issued the licence.");
        }
        if (f.postalCode() != null && !f.postalCode().isBlank()) {
            String postal = f.postalCode().strip();
            boolean us = f.country() == null || f.country().strip().equalsIgnoreCase("US")
                    || f.country().strip().equalsIgnoreCase("USA");
            if (us ? !postal.matches("\\d{5}(-\\d{4})?") : postal.length() > 20) {
                errors.add("postalCode", us ? "A US ZIP code has 5 digits (or 5+4, like 27601-1234)."
                        : "The postal code may have at most 20 characters.");
            }
        }
        return errors;
    }
}
