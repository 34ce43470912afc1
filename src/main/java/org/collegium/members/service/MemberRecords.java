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

    /**
     * How many members the list shows: exact, or (more) only that there are more than {@code members}, which a
     * search for a common name's start says rather than counting 70,000 Smiths on every key.
     */
    public record ListCount(long members, boolean more) {
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

    /** One term; payBy is the last day to pay its dues (null: nothing owed), settledOn when they were settled. */
    public record TermView(long id, String typeName, LocalDate start, LocalDate end, BigDecimal dues,
            LocalDate payBy, LocalDate settledOn) {

        static TermView of(org.collegium.members.domain.MembershipTerm t) {
            return new TermView(t.getId() == null ? 0 : t.getId(), t.getType().getName(), t.getStartDate(),
                    t.getEndDate(), t.getDuesCharged(), t.getPayBy(), t.getSettledOn());
        }

        /** Dues owed and not yet paid or waived. */
        public boolean owed() {
            return payBy != null && settledOn == null;
        }
    }

    public record MemberDetails(long id, MemberForm form, MembershipStatus status, String typeName,
            LocalDate termEnd, MembershipStatus closedStatus, LocalDate closedOn, List<TermView> terms) {
    }
}
