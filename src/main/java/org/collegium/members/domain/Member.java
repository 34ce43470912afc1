package org.collegium.members.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.collegium.affiliates.domain.Affiliate;

/**
 * A person in the society. Status, current type and term end are kept on the row (derived by
 * {@link MembershipStatusRule} from the terms) so that lists filter and sort in the database.
 */
@Entity
@Table(name = "member")
public class Member extends PersonProfile {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliate_id")
    private Affiliate affiliate;
    @Column(nullable = false)
    private boolean directoryOptIn;
    @Column(nullable = false)
    private boolean showEmailInDirectory;
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status = MembershipStatus.APPLICANT;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "membership_type_id")
    private MembershipType membershipType;
    private LocalDate currentTermEnd;
    @Enumerated(EnumType.STRING)
    private MembershipStatus closedStatus;
    private LocalDate closedOn;

    @OneToMany(mappedBy = "member", cascade = CascadeType.PERSIST)
    @OrderBy("startDate")
    private List<MembershipTerm> terms = new ArrayList<>();

    protected Member() {
    }

    public Member(String firstName, String lastName, String email) {
        super(firstName, lastName, email);
    }

    /**
     * Adds a term (history is never rewritten) and reopens a closed membership. Dues above zero are owed from then
     * on, to be paid within the type's payment grace days from the term's start.
     */
    public MembershipTerm addTerm(MembershipType type, TermPeriod period, BigDecimal dues, LocalDate today) {
        return addTerm(type, period, dues, today, false);
    }

    /** As {@link #addTerm(MembershipType, TermPeriod, BigDecimal, LocalDate)}; grantedAtOnce: no board decision. */
    public MembershipTerm addTerm(MembershipType type, TermPeriod period, BigDecimal dues, LocalDate today,
            boolean grantedAtOnce) {
        TermPeriod owing = dues.signum() > 0 ? period.owing(period.start().plusDays(type.getPaymentGraceDays()))
                : period;
        MembershipTerm term = new MembershipTerm(this, type, owing, dues, grantedAtOnce);
        terms.add(term);
        closedStatus = null;
        closedOn = null;
        recomputeStatus(today);
        return term;
    }

    /** Records a resignation or a lapse decided by the board, effective on a day. */
    public void close(MembershipStatus how, LocalDate on, LocalDate today) {
        if (how != MembershipStatus.RESIGNED && how != MembershipStatus.LAPSED) {
            throw new IllegalArgumentException("A membership closes as RESIGNED or LAPSED, not " + how);
        }
        closedStatus = how;
        closedOn = on;
        recomputeStatus(today);
    }

    /** Applies the status rule for the day; returns whether anything changed. */
    public boolean recomputeStatus(LocalDate today) {
        MembershipStatus before = status;
        LocalDate endBefore = currentTermEnd;
        List<TermPeriod> periods = terms.stream().map(MembershipTerm::period).toList();
        status = MembershipStatusRule.statusOn(today, periods, closedStatus, closedOn);
        MembershipTerm latest = terms.stream().max(Comparator.comparing(MembershipTerm::getEndDate)).orElse(null);
        membershipType = latest == null ? null : latest.getType();
        currentTermEnd = latest == null ? null : latest.getEndDate();
        return before != status || (endBefore == null ? currentTermEnd != null : !endBefore.equals(currentTermEnd));
    }

    public List<TermPeriod> periods() {
        return terms.stream().map(MembershipTerm::period).toList();
    }

    // --- profile fields

    public void updateProfile(String firstName, String lastName, String email, String phone, String credentials,
            Discipline discipline, String licenceState, String licenceNumber, String practiceName, String city,
            String state, String postalCode, String country, boolean directoryOptIn, boolean showEmailInDirectory) {
        setProfile(firstName, lastName, email, phone, credentials, discipline, licenceState, licenceNumber,
                practiceName, city, state, postalCode, country);
        this.directoryOptIn = directoryOptIn;
        this.showEmailInDirectory = showEmailInDirectory;
    }

    public void setAffiliate(Affiliate affiliate) {
        this.affiliate = affiliate;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Affiliate getAffiliate() {
        return affiliate;
    }

    public boolean isDirectoryOptIn() {
        return directoryOptIn;
    }

    public boolean isShowEmailInDirectory() {
        return showEmailInDirectory;
    }

    public String getNotes() {
        return notes;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public MembershipType getMembershipType() {
        return membershipType;
    }

    public LocalDate getCurrentTermEnd() {
        return currentTermEnd;
    }

    public MembershipStatus getClosedStatus() {
        return closedStatus;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public List<MembershipTerm> getTerms() {
        return List.copyOf(terms);
    }
}
