package org.collegium.communications.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.communications.domain.Communication;
import org.collegium.communications.domain.CommunicationRepository;
import org.collegium.communications.domain.CommunicationStatus;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.domain.SegmentType;
import org.collegium.communications.service.CommunicationRecords.CommunicationDetails;
import org.collegium.communications.service.CommunicationRecords.CommunicationForm;
import org.collegium.communications.service.CommunicationRecords.CommunicationSummary;
import org.collegium.communications.service.CommunicationRecords.PreviewCandidate;
import org.collegium.communications.service.CommunicationRecords.RecipientRow;
import org.collegium.communications.service.CommunicationRecords.Rendered;
import org.collegium.communications.service.CommunicationRecords.SegmentForm;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberLookup;
import org.collegium.members.service.MemberSegments.SegmentMember;
import org.collegium.notifications.service.MailOutbox;
import org.collegium.notifications.service.OutboxMail;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing to members (issue 17). The board and administrators write to anyone; an affiliate administrator to their
 * affiliate's members and their events' registrants; a facilitator to their groups' rosters: method security here,
 * and every segment read through the owning feature's scoped service ({@link Segments}). Each sender sees the
 * messages they wrote; the board and administrators see all. Only a draft changes; a scheduled one may be
 * cancelled; sending is done by {@link CommunicationDelivery} in the background.
 */
@Service
@Transactional
public class CommunicationService {

    /** Who writes to members: the record editors and facilitators (each within their scope). */
    public static final String SENDERS = Access.RECORD_EDITORS + " or " + Access.IS_FACILITATOR;

    private static final int MAX_BODY = 100_000;
    private static final int PREVIEW_CANDIDATES = 25;

    private final CommunicationRepository communications;
    private final RecipientStore recipients;
    private final Segments segments;
    private final MailRenderer renderer;
    private final MailOutbox outbox;
    private final MemberLookup members;
    private final AccountScopes scopes;
    private final RecipientLanguage languages;
    private final CommunicationProperties properties;
    private final CurrentActor actor;
    private final AuditLog audit;
    private final Clock clock;

    CommunicationService(CommunicationRepository communications, RecipientStore recipients, Segments segments,
            MailRenderer renderer, MailOutbox outbox, MemberLookup members, AccountScopes scopes,
            RecipientLanguage languages, CommunicationProperties properties, CurrentActor actor, AuditLog audit,
            Clock clock) {
        this.communications = communications;
        this.recipients = recipients;
        this.segments = segments;
        this.renderer = renderer;
        this.outbox = outbox;
        this.members = members;
        this.scopes = scopes;
        this.languages = languages;
        this.properties = properties;
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(SENDERS)
    @Transactional(readOnly = true)
    public List<CommunicationSummary> list(Pageable page) {
        return communications.findVisible(visibleAuthor(), page).stream()
                .map(c -> new CommunicationSummary(c.getId(), c.getSubject(), c.getStatus(), c.getKind(),
                        c.getSendAt(), c.getAuthor(), c.getExpected()))
                .toList();
    }

    @PreAuthorize(SENDERS)
    @Transactional(readOnly = true)
    public long count() {
        return communications.countVisible(visibleAuthor());
    }

    /** The kinds this sender may write as (a facilitator: group announcements only). */
    @PreAuthorize(SENDERS)
    public Set<MailKind> kinds() {
        if (actor.hasAnyRole(Access.ADMIN, Access.BOARD)) {
            return EnumSet.allOf(MailKind.class);
        }
        Set<MailKind> kinds = EnumSet.noneOf(MailKind.class);
        if (actor.hasAnyRole(Access.AFFILIATE_ADMIN)) {
            kinds.addAll(EnumSet.of(MailKind.AFFILIATE_NEWS, MailKind.EVENT_ANNOUNCEMENTS));
        }
        if (actor.hasAnyRole(Access.FACILITATOR)) {
            kinds.add(MailKind.GROUP_ANNOUNCEMENTS);
        }
        return kinds;
    }

    /** The segments this sender may write to. */
    @PreAuthorize(SENDERS)
    public Set<SegmentType> segmentTypes() {
        Set<SegmentType> types = EnumSet.noneOf(SegmentType.class);
        if (actor.hasAnyRole(Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN)) {
            types.addAll(EnumSet.of(SegmentType.MEMBERS, SegmentType.EVENT, SegmentType.CE_SHORTFALL));
        }
        if (actor.hasAnyRole(Access.ADMIN, Access.BOARD, Access.FACILITATOR)) {
            types.add(SegmentType.GROUP); // those who run groups (affiliate administrators do not)
        }
        return types;
    }

    @PreAuthorize(SENDERS)
    @Transactional(readOnly = true)
    public CommunicationForm blank() {
        Set<MailKind> kinds = kinds();
        MailKind kind = kinds.contains(MailKind.SOCIETY_NEWS) ? MailKind.SOCIETY_NEWS : kinds.iterator().next();
        SegmentType type = segmentTypes().contains(SegmentType.MEMBERS) ? SegmentType.MEMBERS : SegmentType.GROUP;
        return new CommunicationForm(kind, "", "", new SegmentForm(type, MembershipStatus.ACTIVE, null,
                actor.hasAnyRole(Access.ADMIN, Access.BOARD) ? null : scopes.currentAffiliateId().orElse(null),
                null, null, null, null, null, null), properties.ratePerMinute(), 0);
    }

    @PreAuthorize(SENDERS)
    @Transactional(readOnly = true)
    public CommunicationDetails load(long id) {
        Communication c = loadScoped(id);
        return details(c);
    }

    /** Saves a draft (id null: a new one); returns its id. Unknown merge fields are refused, by name. */
    @PreAuthorize(SENDERS)
    public long save(Long id, CommunicationForm form) {
        validate(form);
        segments.check(form.segment());
        Communication c;
        CommunicationForm before = null;
        if (id == null) {
            c = new Communication(actor.name());
        } else {
            c = loadScoped(id);
            if (!c.getStatus().editable()) {
                throw new BusinessRuleException(Messages.t("communications.not-editable"));
            }
            ConcurrentEditException.check(c.getVersion(), form.version(), Messages.t("communications.the-message"));
            before = form(c);
        }
        c.write(form.kind(), form.subject().strip(), form.body(), form.ratePerMinute());
        SegmentForm s = form.segment();
        c.segment(s.type(), s.status() == null ? null : s.status().name(), s.typeId(), s.affiliateId(),
                s.discipline() == null ? null : s.discipline().name(), blankToNull(s.state()), s.eventId(),
                s.registration() == null ? null : s.registration().name(), s.groupId(), s.profileId());
        c = communications.saveAndFlush(c);
        audit.record(id == null ? "COMMUNICATION_CREATED" : "COMMUNICATION_UPDATED", "Communication", c.getId(),
                c.getSubject(), new Changes().compare(before, form(c)));
        return c.getId();
    }

    /** How many members the segment reaches now (before unsubscribes, which are honoured when each is sent). */
    @PreAuthorize(SENDERS)
    @Transactional(readOnly = true)
    public long recipientCount(SegmentForm segment) {
        return segments.count(segment);
    }

    /** A few of the segment's members to preview the message for. */
    @PreAuthorize(SENDERS)
    @Transactional(readOnly = true)
    public List<PreviewCandidate> previewCandidates(SegmentForm segment) {
        return segments.page(segment, 0, PREVIEW_CANDIDATES).stream()
                .map(m -> new PreviewCandidate(m.id(), (nz(m.firstName()) + " " + nz(m.lastName())).strip()))
                .toList();
    }

    /** The message as this member of the segment would get it (in their language). */
    @PreAuthorize(SENDERS)
    @Transactional(readOnly = true)
    public Rendered preview(CommunicationForm form, long memberId) {
        validate(form);
        SegmentMember m = segments.find(form.segment(), memberId)
                .orElseThrow(() -> new NotFoundException(Messages.t("communications.the-recipient")));
        return renderer.render(m.email(), form.subject(), form.body(), form.kind(), m.id(), m.firstName(),
                m.lastName(), m.termEnds(), languages.of(m.email()));
    }

    /** Sends the message to the sender's own address, marked as a test; returns the address. */
    @PreAuthorize(SENDERS)
    public String testSend(long id) {
        Communication c = loadScoped(id);
        String me = actor.name();
        Member self = scopes.currentMemberId().flatMap(members::findById).orElse(null);
        Locale locale = languages.of(me);
        Rendered r = self == null
                ? renderer.render(me, c.getSubject(), c.getBody(), c.getKind(), null, null, null, null, locale)
                : renderer.render(me, c.getSubject(), c.getBody(), c.getKind(), self.getId(), self.getFirstName(),
                        self.getLastName(), self.getCurrentTermEnd(), locale);
        outbox.enqueue(new OutboxMail(me, Messages.in(locale, "communications.test-subject", r.subject()), r.text(),
                r.html(), java.util.Map.of(), null));
        audit.record("COMMUNICATION_TEST_SENT", "Communication", id, c.getSubject(), new Changes());
        return me;
    }

    /**
     * Sends the draft now ({@code at} null or past) or schedules it for {@code at}. Its recipients are then listed
     * in the background and handed to the outbox at the message's rate; it can no longer be changed.
     */
    @PreAuthorize(SENDERS)
    public CommunicationStatus send(long id, Instant at, long version) {
        Communication c = loadScoped(id);
        if (!c.getStatus().editable()) {
            throw new BusinessRuleException(Messages.t("communications.not-editable"));
        }
        ConcurrentEditException.check(c.getVersion(), version, Messages.t("communications.the-message"));
        long count = segments.count(form(c).segment());
        if (count == 0) {
            throw new BusinessRuleException(Messages.t("communications.no-recipients"));
        }
        Instant now = clock.instant();
        if (at != null && at.isAfter(now)) {
            c.schedule(at);
            audit.record("COMMUNICATION_SCHEDULED", "Communication", id, c.getSubject(),
                    new Changes().track("sendAt", null, at));
        } else {
            c.startPreparing(now, Math.toIntExact(count));
            audit.record("COMMUNICATION_SENT", "Communication", id, c.getSubject(),
                    new Changes().track("recipients", null, count));
        }
        return c.getStatus();
    }

    /** Cancels a scheduled message (or a draft). */
    @PreAuthorize(SENDERS)
    public void cancel(long id) {
        Communication c = loadScoped(id);
        if (c.getStatus() != CommunicationStatus.SCHEDULED && c.getStatus() != CommunicationStatus.DRAFT) {
            throw new BusinessRuleException(Messages.t("communications.not-cancellable"));
        }
        CommunicationStatus was = c.getStatus();
        c.cancel();
        audit.record("COMMUNICATION_CANCELLED", "Communication", id, c.getSubject(),
                new Changes().track("status", was, c.getStatus()));
    }

    /** One page of the message's recipients with their status. */
    @PreAuthorize(SENDERS)
    @Transactional(readOnly = true)
    public List<RecipientRow> recipients(long id, Pageable page) {
        loadScoped(id);
        return recipients.page(id, page.getOffset(), page.getPageSize());
    }

    @PreAuthorize(SENDERS)
    @Transactional(readOnly = true)
    public long recipientsListed(long id) {
        loadScoped(id);
        return recipients.count(id);
    }

    private CommunicationDetails details(Communication c) {
        return new CommunicationDetails(c.getId(), form(c), c.getStatus(), c.getSendAt(), c.getAuthor(),
                c.getExpected(), c.getStatus() == CommunicationStatus.PREPARING ? recipients.count(c.getId())
                        : c.getPrepared(), recipients.totals(c.getId()));
    }

    static CommunicationForm form(Communication c) {
        SegmentForm s = new SegmentForm(c.getSegmentType(),
                c.getSegmentStatus() == null ? null : MembershipStatus.valueOf(c.getSegmentStatus()),
                c.getSegmentTypeId(), c.getSegmentAffiliateId(),
                c.getSegmentDiscipline() == null ? null : Discipline.valueOf(c.getSegmentDiscipline()),
                c.getSegmentState(), c.getSegmentEventId(),
                c.getSegmentRegistration() == null ? null : RegistrationStatus.valueOf(c.getSegmentRegistration()),
                c.getSegmentGroupId(), c.getSegmentProfileId());
        return new CommunicationForm(c.getKind(), c.getSubject(), c.getBody(), s, c.getRatePerMinute(),
                c.getVersion());
    }

    private void validate(CommunicationForm form) {
        FieldErrors errors = new FieldErrors();
        errors.require("subject", form.subject(), Messages.t("communications.field.subject"), 300);
        errors.require("body", form.body(), Messages.t("communications.field.body"), MAX_BODY);
        if (form.kind() == null) {
            errors.add("kind", Messages.t("communications.kind.required"));
        } else if (!kinds().contains(form.kind())) {
            errors.add("kind", Messages.t("communications.kind.not-yours"));
        }
        if (form.ratePerMinute() < 1 || form.ratePerMinute() > properties.maxRatePerMinute()) {
            errors.add("rate", Messages.t("communications.rate.range", properties.maxRatePerMinute()));
        }
        unknownFields(errors, "subject", form.subject());
        unknownFields(errors, "body", form.body());
        errors.throwIfAny();
    }

    private static void unknownFields(FieldErrors errors, String field, String text) {
        List<String> unknown = MergeFields.unknown(text);
        if (!unknown.isEmpty()) {
            List<String> braced = new ArrayList<>();
            unknown.forEach(u -> braced.add("{" + u + "}"));
            List<String> known = new ArrayList<>();
            MergeFields.KNOWN.forEach(k -> known.add("{" + k + "}"));
            errors.add(field, Messages.t("communications.merge.unknown", unknown.size(), String.join(", ", braced),
                    String.join(", ", known)));
        }
    }

    private Communication loadScoped(long id) {
        Communication c = communications.findById(id)
                .orElseThrow(() -> new NotFoundException(Messages.t("communications.the-message")));
        String author = visibleAuthor();
        if (author != null && !author.equalsIgnoreCase(c.getAuthor())) {
            throw new NotFoundException(Messages.t("communications.the-message"));
        }
        return c;
    }

    /** null: every message (the board, administrators); otherwise only the caller's own. */
    private String visibleAuthor() {
        return actor.hasAnyRole(Access.ADMIN, Access.BOARD) ? null : actor.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
