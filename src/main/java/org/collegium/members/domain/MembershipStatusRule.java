package org.collegium.members.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for a member's status on a day. A recorded resignation or lapse decides from its date on;
 * otherwise ACTIVE while a term covers the day, GRACE for the ended term's grace days, then LAPSED; APPLICANT
 * before the first term begins. Only terms that count that day take part: a term pending payment counts up to and
 * including its pay-by day and, unpaid after it, is as if it had not been granted ({@link TermPeriod#countsOn});
 * a member whose begun terms all fail to count has LAPSED (approved, never paid), not gone back to APPLICANT.
 */
public final class MembershipStatusRule {

    private MembershipStatusRule() {
    }

    public static MembershipStatus statusOn(LocalDate day, Collection<TermPeriod> terms, MembershipStatus closedStatus,
            LocalDate closedOn) {
        if (closedStatus != null && closedOn != null && !closedOn.isAfter(day)) {
            return closedStatus;
        }
        List<TermPeriod> counting = terms.stream().filter(t -> t.countsOn(day)).toList();
        if (counting.stream().anyMatch(t -> t.covers(day))) {
            return MembershipStatus.ACTIVE;
        }
        Optional<TermPeriod> lastEnded = counting.stream().filter(t -> t.end().isBefore(day))
                .max(Comparator.comparing(TermPeriod::end));
        if (lastEnded.isEmpty()) {
            // a term begun that does not count was granted and not paid in time: the membership lapsed
            return terms.stream().anyMatch(t -> !t.start().isAfter(day)) ? MembershipStatus.LAPSED
                    : MembershipStatus.APPLICANT;
        }
        return day.isAfter(lastEnded.get().lastGraceDay()) ? MembershipStatus.LAPSED : MembershipStatus.GRACE;
    }

    /**
     * Whether the board may end a membership in this state: only a running one (active or in grace) with no ending
     * recorded yet. An ended one stays as it ended (a lapse never silently becomes a resignation); a renewal reopens it.
     */
    public static boolean canEnd(MembershipStatus status, MembershipStatus closedStatus) {
        return closedStatus == null && (status == MembershipStatus.ACTIVE || status == MembershipStatus.GRACE);
    }

    /** Where a renewal starts: the day after the latest term ends, or today if that day has passed. */
    public static LocalDate renewalStart(LocalDate today, Collection<TermPeriod> terms) {
        return terms.stream().map(TermPeriod::end).max(Comparator.naturalOrder())
                .map(end -> end.plusDays(1))
                .filter(next -> next.isAfter(today))
                .orElse(today);
    }
}
