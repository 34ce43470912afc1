package org.collegium.members.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The one rule for a member's status on a day. A recorded resignation or lapse decides from its date on;
 * otherwise ACTIVE while a term covers the day, GRACE for the ended term's grace days, then LAPSED; APPLICANT
 * before the first term begins.
 */
public final class MembershipStatusRule {

    private MembershipStatusRule() {
    }

    public static MembershipStatus statusOn(LocalDate day, Collection<TermPeriod> terms, MembershipStatus closedStatus,
            LocalDate closedOn) {
        if (closedStatus != null && closedOn != null && !closedOn.isAfter(day)) {
            return closedStatus;
        }
        if (terms.stream().anyMatch(t -> t.covers(day))) {
            return MembershipStatus.ACTIVE;
        }
        Optional<TermPeriod> lastEnded = terms.stream().filter(t -> t.end().isBefore(day))
                .max(Comparator.comparing(TermPeriod::end));
        if (lastEnded.isEmpty()) {
            return MembershipStatus.APPLICANT;
        }
        return day.isAfter(lastEnded.get().lastGraceDay()) ? MembershipStatus.LAPSED : MembershipStatus.GRACE;
    }

    /** Where a renewal starts: the day after the latest term ends, or today if that day has passed. */
    public static LocalDate renewalStart(LocalDate today, Collection<TermPeriod> terms) {
        return terms.stream().map(TermPeriod::end).max(Comparator.naturalOrder())
                .map(end -> end.plusDays(1))
                .filter(next -> next.isAfter(today))
                .orElse(today);
    }
}
