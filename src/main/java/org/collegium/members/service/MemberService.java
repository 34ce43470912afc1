package org.collegium.members.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.collegium.affiliates.service.AffiliateLookup;
import org.collegium.base.domain.Access;
import org.collegium.affiliates.domain.Affiliate;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.Text;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MemberSearch;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.domain.MembershipStatusRule;
import org.collegium.members.domain.MembershipTerm;
import org.collegium.members.domain.MembershipType;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.members.domain.TermPeriod;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.ListCount;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberRecords.MemberSummary;
import org.collegium.members.service.MemberRecords.TermView;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's member records. Administrators, the board and officers read every member; an affiliate
 * administrator reads and edits only their own affiliate's members, in every method and query here.
 */
@Service
@Transactional
public class MemberService {

    private static final String READERS = Access.RECORD_READERS;
    private static final String EDITORS = Access.RECORD_EDITORS;
    private static final String MEMBER_CREATED = "MEMBER_CREATED";

    private final MemberRepository members;
    private final MembershipTypeRepository types;
    private final AffiliateLookup affiliates;
    private final MemberAccess access;
    private final SocietyClock clock;
    private final AuditLog auditLog;
    private final CurrentActor actor;

    public MemberService(MemberRepository members, MembershipTypeRepository types, AffiliateLookup affiliates,
            MemberAccess access, SocietyClock clock, AuditLog auditLog, CurrentActor actor) {
        this.actor = actor;
        this.members = members;
        this.types = types;
        this.affiliates = affiliates;
        this.access = access;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<MemberSummary> find(MemberFilter filter, Pageable page) {
        // no count here: the grid asks listCount() separately
        MemberSearch search = access.search(filter);
        List<Member> found = search.searching() && page.isPaged() ? members.findSearchPage(search, page)
                : members.findPage(matching(filter), page);
        return found.stream().map(MemberService::summary).toList();
    }

    /** The members matching a filter, counted exactly (the list itself shows {@link #listCount}). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(MemberFilter filter) {
        MemberSearch search = access.search(filter);
        return search.searching() ? members.count(matching(filter)) : countInTally(search);
    }

    /**
     * What the members list says it shows: without a search the count from the tally's rows (no count of
     * a million index entries); with one, exact up to {@link #LIST_COUNT_CAP} and otherwise "more than" it.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ListCount listCount(MemberFilter filter) {
        MemberSearch search = access.search(filter);
        if (!search.searching()) {
            return new ListCount(countInTally(search), false);
        }
        long counted = members.countSearchUpTo(search, LIST_COUNT_CAP);
        return counted > LIST_COUNT_CAP ? new ListCount(LIST_COUNT_CAP, true) : new ListCount(counted, false);
    }

    /** Beyond this many a search's matches are not counted on every key (1.5-20 ms at a million; exact: 38-276). */
    public static final int LIST_COUNT_CAP = 1000;

    private long countInTally(MemberSearch search) {
        return members.countInTally(search.affiliateId(), search.status() == null ? null : search.status().name(),
                search.typeId());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public MemberDetails get(long id) {
        MemberDetails details = details(loadScoped(id));
        return actor.hasAnyRole(NOTE_READERS) ? details : withoutNotes(details);
    }

    /** The notes are the editors' working notes (docs/design.md): officers read the record without them. */
    private static final String[] NOTE_READERS = {Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN};

    private static MemberDetails withoutNotes(MemberDetails d) {
        MemberForm f = d.form();
        MemberForm hidden = new MemberForm(f.firstName(), f.lastName(), f.email(), f.phone(), f.credentials(),
                f.discipline(), f.licenceState(), f.licenceNumber(), f.practiceName(), f.city(), f.state(),
                f.postalCode(), f.country(), f.affiliateId(), f.directoryOptIn(), f.showEmailInDirectory(), null,
                f.version());
        return new MemberDetails(d.id(), hidden, d.status(), d.typeName(), d.termEnd(), d.closedStatus(),
                d.closedOn(), d.terms());
    }

    @PreAuthorize(EDITORS)
    public MemberDetails create(MemberForm form) {
        Member member = new Member(form.firstName(), form.lastName(), form.email());
        apply(member, form);
        member.recomputeStatus(clock.today());
        members.saveAndFlush(member);
        auditLog.record(MEMBER_CREATED, "Member", member.getId(), createdSummary(member), createdChanges(member));
        return details(member);
    }

    /**
     * Creates many members at once (an import) under the rules of {@link #create}, written in batches and audited
     * alike; returns their ids in the forms' order. The caller has checked the emails against the members on file
     * (one query for many, instead of one per member); an email taken meanwhile fails the whole call through the
     * unique index, and the caller's transaction keeps nothing.
     *
     * @throws InvalidRowException when a form breaks a rule: which one, and the fields
     */
    @PreAuthorize(EDITORS)
    public List<Long> createAll(List<MemberForm> forms) {
        LocalDate today = clock.today();
        List<Member> created = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            MemberForm form = forms.get(i);
            FieldErrors errors = MemberRules.check(form);
            // the affiliates are few: after the first, findById answers from the persistence context
            Affiliate affiliate = affiliateFor(form, errors);
            try {
                errors.throwIfAny();
            } catch (InvalidInputException e) {
                throw new InvalidRowException(i, e.fieldErrors());
            }
            Member member = new Member(form.firstName(), form.lastName(), form.email());
            fill(member, form, EmailAddress.normalise(form.email()), affiliate);
            member.recomputeStatus(today);
            created.add(member);
        }
        List<Long> ids = members.insertAll(created, clock.instant(), actor.name());
        List<AuditLog.Recorded> audit = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            Member member = created.get(i);
            audit.add(new AuditLog.Recorded(ids.get(i), createdSummary(member), createdChanges(member)));
        }
        auditLog.recordAll(MEMBER_CREATED, "Member", audit);
        return ids;
    }

    /** One form of a {@link #createAll} call broke a rule: {@link #row()} is its position in the list. */
    public static class InvalidRowException extends InvalidInputException {
        private final int row;

        public InvalidRowException(int row, Map<String, String> fieldErrors) {
            super(fieldErrors);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    @PreAuthorize(EDITORS)
    public MemberDetails update(long id, MemberForm form) {
        Member member = loadScoped(id);
        ConcurrentEditException.check(member.getVersion(), form.version(), Messages.t("members.this-member"));
        MemberForm before = details(member).form();
        apply(member, form);
        members.flush();
        MemberForm after = details(member).form();
        Changes changes = diff(before, after);
        if (!changes.isEmpty()) {
            auditLog.record("MEMBER_UPDATED", "Member", id, "Member " + member.getFullName() + " changed", changes);
        }
        return details(member);
    }

    private static String createdSummary(Member member) {
        return "Member " + member.getFullName() + " created";
    }

    private static Changes createdChanges(Member member) {
        return new Changes().track("email", null, member.getEmail()).track("name", null, member.getFullName());
    }

    /** Adds a term of the chosen type: from the day after the current one ends, or from today once lapsed. */
    @PreAuthorize(EDITORS)
    public MemberDetails renew(long id, long typeId, long version) {
        Member member = loadScoped(id);
        ConcurrentEditException.check(member.getVersion(), version, Messages.t("members.this-member"));
        MembershipType type = types.findById(typeId).orElseThrow(() -> new NotFoundException(Messages.t("members.the-membership-type")));
        if (!type.isActive()) {
            throw new BusinessRuleException(Messages.t("members.renew.type-retired", type.getName()));
        }
        LocalDate today = clock.today();
        MembershipStatus before = member.getStatus();
        TermPeriod period = TermPeriod.starting(MembershipStatusRule.renewalStart(today, member.periods()),
                type.getTermMonths(), type.getGraceDays());
        MembershipTerm term = member.addTerm(type, period, type.getDues(), today);
        members.flush(); // the member is managed: flushing inserts the new term (a merge would not)
        auditLog.record("MEMBERSHIP_RENEWED", "Member", id, member.getFullName() + ": " + type.getName() + " term "
                + period.start() + " to " + period.end(), new Changes().track("status", before, member.getStatus())
                .track("termEnd", null, term.getEndDate()));
        return details(member);
    }

    /** Records a resignation or a lapse decided by the board, effective on a day. */
    @PreAuthorize(EDITORS)
    public MemberDetails close(long id, MembershipStatus how, LocalDate effective, long version) {
        Member member = loadScoped(id);
        ConcurrentEditException.check(member.getVersion(), version, Messages.t("members.this-member"));
        if (how != MembershipStatus.RESIGNED && how != MembershipStatus.LAPSED) {
            throw new BusinessRuleException(Messages.t("members.end.how"));
        }
        if (effective == null) {
            throw new BusinessRuleException(Messages.t("members.end.day-required"));
        }
        FieldErrors.requireDate("effective", effective, Messages.t("members.field.effective"));
        refuseEndingAgainstHistory(member, effective);
        MembershipStatus before = member.getStatus();
        member.close(how, effective, clock.today());
        members.flush();
        auditLog.record(how == MembershipStatus.RESIGNED ? "MEMBER_RESIGNED" : "MEMBER_LAPSED", "Member", id,
                member.getFullName() + " " + how.label(Messages.ENGLISH).toLowerCase() + " from " + effective,
                new Changes().track("status", before, member.getStatus()));
        return details(member);
    }

    /** An ending must fit the record: a running membership, on a day within its terms. */
    private void refuseEndingAgainstHistory(Member member, LocalDate effective) {
        if (!MembershipStatusRule.canEnd(member.getStatus(), member.getClosedStatus())) {
            throw new BusinessRuleException(member.getClosedStatus() != null
                    ? Messages.t("members.end.already", lower(member.getClosedStatus().label()),
                            clock.formatShortDate(member.getClosedOn()))
                    : Messages.t("members.end.not-running", lower(member.getStatus().label())));
        }
        LocalDate firstStart = member.periods().stream().map(TermPeriod::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate lastEnd = member.periods().stream().map(TermPeriod::end).max(LocalDate::compareTo).orElseThrow();
        if (effective.isBefore(firstStart)) {
            throw new BusinessRuleException(Messages.t("members.end.before-start", clock.formatShortDate(firstStart)));
        }
        if (effective.isAfter(lastEnd)) {
            throw new BusinessRuleException(Messages.t("members.end.after-last", clock.formatShortDate(lastEnd)));
        }
    }

    // --- scoping: decided by MemberAccess, for this service and the payments alike

    private Long affiliateScope() {
        return access.affiliateScope();
    }

    private Member loadScoped(long id) {
        return access.loadScoped(id);
    }

    private Specification<Member> matching(MemberFilter filter) {
        return access.matching(filter);
    }

    // --- applying a form

    private void apply(Member member, MemberForm form) {
        FieldErrors errors = MemberRules.check(form);
        String email = EmailAddress.isValid(form.email()) ? EmailAddress.normalise(form.email()) : null;
        if (email != null && members.existsByEmailAndIdNot(email, member.getId() == null ? -1L : member.getId())) {
            errors.add("email", Messages.t("members.rule.email.taken"));
        }
        Affiliate affiliate = affiliateFor(form, errors);
        errors.throwIfAny();
        fill(member, form, email, affiliate);
    }

    /** The form's values as a member keeps them (checked before): trimmed, empty ones as null. */
    private static void fill(Member member, MemberForm form, String email, Affiliate affiliate) {
        MemberForm c = asStored(form);
        member.updateProfile(c.firstName(), c.lastName(), email, c.phone(), c.credentials(), c.discipline(),
                c.licenceState(), c.licenceNumber(), c.practiceName(), c.city(), c.state(), c.postalCode(),
                c.country(), c.directoryOptIn(), c.showEmailInDirectory());
        member.setAffiliate(affiliate);
        member.setNotes(c.notes());
    }

    /**
     * A valid form as a member record would keep it: trimmed, empty values as null, the email normalised, the
     * licence state upper-case. Equal to {@link #form} of a member exactly when saving it would change nothing.
     */
    static MemberForm asStored(MemberForm f) {
        return new MemberForm(f.firstName().strip(), f.lastName().strip(), EmailAddress.normalise(f.email()),
                Text.clean(f.phone()), Text.clean(f.credentials()), f.discipline(), upper(f.licenceState()),
                Text.clean(f.licenceNumber()), Text.clean(f.practiceName()), Text.clean(f.city()), Text.clean(f.state()),
                Text.clean(f.postalCode()), f.country().strip(), f.affiliateId(), f.directoryOptIn(),
                f.showEmailInDirectory(), Text.clean(f.notes()), f.version());
    }

    /** An affiliate administrator's members always belong to their own affiliate. */
    private Affiliate affiliateFor(MemberForm form, FieldErrors errors) {
        Long scope = affiliateScope();
        Long wanted = scope != null ? scope : form.affiliateId();
        if (scope != null && form.affiliateId() != null && !scope.equals(form.affiliateId())) {
            errors.add("affiliateId", Messages.t("members.rule.affiliate.own"));
        }
        if (wanted == null) {
            return null;
        }
        Affiliate affiliate = affiliates.findById(wanted).orElse(null);
        if (affiliate == null) {
            errors.add("affiliateId", Messages.t("members.rule.affiliate.missing"));
        }
        return affiliate;
    }

    /** A status inside a sentence: lower case as the person's language writes it ("grace period"). */
    static String lower(String label) {
        return label.toLowerCase(Messages.current());
    }

    private static String upper(String s) {
        String clean = Text.clean(s);
        return clean == null ? null : clean.toUpperCase();
    }

    private static Changes diff(MemberForm b, MemberForm a) {
        return new Changes().track("firstName", b.firstName(), a.firstName()).track("lastName", b.lastName(), a.lastName())
                .track("email", b.email(), a.email()).track("phone", b.phone(), a.phone())
                .track("credentials", b.credentials(), a.credentials()).track("discipline", b.discipline(), a.discipline())
                .track("licenceState", b.licenceState(), a.licenceState())
                .track("licenceNumber", b.licenceNumber(), a.licenceNumber())
                .track("practiceName", b.practiceName(), a.practiceName()).track("city", b.city(), a.city())
                .track("state", b.state(), a.state()).track("postalCode", b.postalCode(), a.postalCode())
                .track("country", b.country(), a.country()).track("affiliateId", b.affiliateId(), a.affiliateId())
                .track("directoryOptIn", b.directoryOptIn(), a.directoryOptIn())
                .track("showEmailInDirectory", b.showEmailInDirectory(), a.showEmailInDirectory())
                .track("notes", b.notes(), a.notes());
    }

    static MemberSummary summary(Member m) {
        return new MemberSummary(m.getId(), m.getFirstName(), m.getLastName(), m.getEmail(), m.getCredentials(),
                m.getStatus(), m.getMembershipType() == null ? null : m.getMembershipType().getName(),
                m.getAffiliate() == null ? null : m.getAffiliate().getShortName(), m.getCurrentTermEnd(),
                m.getLicenceNumber() == null ? null
                        : Objects.toString(m.getLicenceState(), "") + " " + m.getLicenceNumber());
    }

    /** The member as an editable form, at its current version (also the starting point of an import's update). */
    static MemberForm form(Member m) {
        return new MemberForm(m.getFirstName(), m.getLastName(), m.getEmail(), m.getPhone(),
                m.getCredentials(), m.getDiscipline(), m.getLicenceState(), m.getLicenceNumber(), m.getPracticeName(),
                m.getCity(), m.getState(), m.getPostalCode(), m.getCountry(),
                m.getAffiliate() == null ? null : m.getAffiliate().getId(), m.isDirectoryOptIn(),
                m.isShowEmailInDirectory(), m.getNotes(), m.getVersion());
    }

    static MemberDetails details(Member m) {
        MemberForm form = form(m);
        List<TermView> terms = m.getTerms().stream().map(TermView::of).toList();
        return new MemberDetails(m.getId(), form, m.getStatus(),
                m.getMembershipType() == null ? null : m.getMembershipType().getName(), m.getCurrentTermEnd(),
                m.getClosedStatus(), m.getClosedOn(), terms);
    }
}
