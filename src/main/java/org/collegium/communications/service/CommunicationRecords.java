package org.collegium.communications.service;

import java.time.Instant;
import org.collegium.communications.domain.CommunicationStatus;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.domain.RecipientStatus;
import org.collegium.communications.domain.SegmentType;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;

/** The values the communications pages and their service exchange. */
public final class CommunicationRecords {

    private CommunicationRecords() {
    }

    /**
     * Whom to write to: the members list's filters (status, type, affiliate, discipline, state; null = any), an
     * event's registrants with a status (null = confirmed and attended), a group's roster, or the current members
     * short of a requirement profile (with an affiliate, or null: all the sender may write to).
     */
    public record SegmentForm(SegmentType type, MembershipStatus status, Long typeId, Long affiliateId,
            Discipline discipline, String state, Long eventId, RegistrationStatus registration, Long groupId,
            Long profileId) {

        /** The current members short of the requirement profile (of one affiliate, or null: all in scope). */
        public static SegmentForm shortOf(long profileId, Long affiliateId) {
            return new SegmentForm(SegmentType.CE_SHORTFALL, null, null, affiliateId, null, null, null, null, null,
                    profileId);
        }

        public static SegmentForm members(MembershipStatus status, Long affiliateId) {
            return membersWhere(status, affiliateId, null, null);
        }

        /** Members of a status (null: any), affiliate (null: all in scope), discipline and state (null: any). */
        public static SegmentForm membersWhere(MembershipStatus status, Long affiliateId, Discipline discipline,
                String state) {
            return new SegmentForm(SegmentType.MEMBERS, status, null, affiliateId, discipline, state, null, null, null,
                    null);
        }

        public static SegmentForm event(long eventId, RegistrationStatus registration) {
            return new SegmentForm(SegmentType.EVENT, null, null, null, null, null, eventId, registration, null, null);
        }

        public static SegmentForm group(long groupId) {
            return new SegmentForm(SegmentType.GROUP, null, null, null, null, null, null, null, groupId, null);
        }
    }

    /** The editable message; version is the one on screen (0 for a new one). */
    public record CommunicationForm(MailKind kind, String subject, String body, SegmentForm segment,
            int ratePerMinute, long version) {
    }

    public record Totals(long queued, long sent, long failed, long skipped) {

        public long all() {
            return queued + sent + failed + skipped;
        }
    }

    public record CommunicationDetails(long id, CommunicationForm form, CommunicationStatus status, Instant sendAt,
            String author, int expected, int prepared, Totals totals) {
    }

    public record CommunicationSummary(long id, String subject, CommunicationStatus status, MailKind kind,
            Instant sendAt, String author, int expected) {
    }

    public record RecipientRow(long id, String name, String email, RecipientStatus status, String error) {
    }

    /** One email as a recipient gets it. */
    public record Rendered(String to, String subject, String text, String html) {
    }

    /** Someone a preview can be shown for. */
    public record PreviewCandidate(long memberId, String name) {
    }
}
