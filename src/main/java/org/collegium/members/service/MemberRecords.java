package org.collegium.members.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;

/** What the members screens send and receive. */
public final class MemberRecords {

    private MemberRecords() {
    }

    /** Filters of the members list; null means "any". */
    public record MemberFilter(String search, MembershipStatus status, Long typeId, Long affiliateId) {

        public static MemberFilter none() {
            return new MemberFilter("", null, null, null);
        }
    }

    public record MemberSummary(long id, String firstName, String lastName, String email, String credentials,
            MembershipStatus status, String typeName, String affiliateName, LocalDate termEnd, String licence) {

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** The editable record; version is the one on screen (0 for a new member). */
    public record MemberForm(String firstName, String lastName, String email, String phone, String credentials,
            Discipline discipline, String licenceState, String licenceNumber, String practiceName, String city,
            String state, String postalCode, String country, Long affiliateId, boolean directoryOptIn,
            boolean showEmailInDirectory, String notes, long version) {
    }

    public record TermView(long id, String typeName, LocalDate start, LocalDate end, BigDecimal dues) {
    }

    public record MemberDetails(long id, MemberForm form, MembershipStatus status, String typeName,
            LocalDate termEnd, MembershipStatus closedStatus, LocalDate closedOn, List<TermView> terms) {
    }
}
