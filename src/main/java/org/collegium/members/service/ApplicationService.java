package org.collegium.members.service;

import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.collegium.affiliates.service.AffiliateLookup;
import org.collegium.base.domain.Access;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.accounts.service.MemberLogins;
import org.collegium.affiliates.domain.Affiliate;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.CurrentActor;
import org.collegium.base.service.EmailAddress;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.PortalAddress;
import org.collegium.base.service.RecipientLanguage;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.service.Text;
import org.collegium.members.domain.ApplicationKind;
import org.collegium.members.domain.ApplicationStatus;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.Member;
import org.collegium.members.domain.MemberRepository;
import org.collegium.members.domain.MembershipApplication;
import org.collegium.members.domain.MembershipApplicationRepository;
import org.collegium.members.domain.MembershipStatusRule;
import org.collegium.members.domain.MembershipType;
import org.collegium.members.domain.MembershipTypeRepository;
import org.collegium.members.domain.TermPeriod;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.notifications.service.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining and renewing through the board: anyone may apply from the public page; the board (and an affiliate
 * administrator, for their own affiliate) approves or declines. Types that need no approval are granted once the
 * applicant confirms their email with the link they are sent.
 */
@Service
@Transactional
public class ApplicationService {

    /** What the public Join page sends. */
    public record JoinRequest(String firstName, String lastName, String email, String phone, String credentials,
            Discipline discipline, String licenceState, String licenceNumber, String practiceName, String city,
            String state, String postalCode, String country, Long affiliateId, Long typeId, String message) {
    }

    public record ApplicationView(long id, ApplicationKind kind, String name, String email, String credentials,
            String discipline, String place, String affiliateName, String typeName, String dues, String message,
            ApplicationStatus status, Instant submittedAt, long version, boolean confirmationExpired) {

        /** The status as the board reads it; an unconfirmed one whose link expired says so. */
        public String statusLabel() {
            return confirmationExpired ? Messages.t("membership.application.status.expired", status.label())
                    : status.label();
        }
    }

    /** The types a newcomer can choose from, with what joining on each means. */
    public record JoinOption(long id, String name, String description, String dues, boolean approvalRequired) {
    }

    /** What a request led to; the Join page's answer (never GRANTED there: a grant needs the email confirmed). */
    public enum Outcome {
        WAITING_FOR_APPROVAL, CONFIRM_EMAIL, GRANTED
    }

    /** What opening an emailed confirmation link did. */
    public enum Confirmation {
        GRANTED, WAITING_FOR_APPROVAL, ALREADY_A_MEMBER, LINK_NOT_VALID
    }

    private final MembershipApplicationRepository applications;
    private final MemberRepository members;
    private final MembershipTypeRepository types;
    private final AffiliateLookup affiliates;
    private final MemberLogins logins;
    private final AccountScopes scopes;
    private final MemberAccess access;
    private final MailOutbox mail;
    private final SocietySettingsService settings;
    private final CurrentActor actor;
    private final SocietyClock clock;
    private final AuditLog auditLog;
    private final PortalAddress portal;
    private final RecipientLanguage recipientLanguage;
    private final Duration confirmationValidity;

    public ApplicationService(MembershipApplicationRepository applications, MemberRepository members,
            MembershipTypeRepository types, AffiliateLookup affiliates, MemberLogins logins, AccountScopes scopes,
            MemberAccess access, MailOutbox mail, SocietySettingsService settings, CurrentActor actor, SocietyClock clock,
            AuditLog auditLog, PortalAddress portal, RecipientLanguage recipientLanguage,
            @Value("${collegium.members.join-confirmation-validity:PT48H}") Duration confirmationValidity) {
        this.portal = portal;
        this.recipientLanguage = recipientLanguage;
        this.confirmationValidity = confirmationValidity;
        this.applications = applications;
        this.members = members;
        this.types = types;
        this.affiliates = affiliates;
        this.logins = logins;
        this.scopes = scopes;
        this.access = access;
        this.mail = mail;
        this.settings = settings;
        this.actor = actor;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /** Open to everyone: the types offered on the Join page. */
    @Transactional(readOnly = true)
    @PermitAll // the public Join page
    public List<JoinOption> joinOptions() {
        return types.findByActiveTrueOrderByName().stream().map(t -> new JoinOption(t.getId(), t.getName(),
                t.getDescription(), dues(t), t.isApprovalRequired())).toList();
    }

    /**
     * Open to everyone: a newcomer applies. A type that needs the board's approval joins the board's queue; one
     * granted at once waits for the applicant to confirm their email (the link grants it). The answer never says
     * whether the address belongs to a member or has an application waiting: the email to it does.
     */
    @PermitAll // the public Join page
    public Outcome submit(JoinRequest request) {
        MemberForm asForm = new MemberForm(request.firstName(), request.lastName(), request.email(), request.phone(),
                request.credentials(), request.discipline(), request.licenceState(), request.licenceNumber(),
                request.practiceName(), request.city(), request.state(), request.postalCode(), request.country(),
                request.affiliateId(), false, false, null, 0);
        FieldErrors errors = MemberRules.check(asForm).maxLength("message", request.message(),
                Messages.t("membership.join.field.message"), 2000);
        MembershipType type = request.typeId() == null ? null : types.findById(request.typeId())
                .filter(MembershipType::isActive).orElse(null);
        if (type == null) {
            errors.add("typeId", Messages.t("membership.join.error.type"));
        }
        Affiliate affiliate = request.affiliateId() == null ? null
                : affiliates.findById(request.affiliateId()).orElse(null);
        if (request.affiliateId() != null && affiliate == null) {
            errors.add("affiliateId", Messages.t("membership.join.error.affiliate"));
        }
        errors.throwIfAny();
        String email = EmailAddress.normalise(request.email());
        String firstName = request.firstName().strip();
        Outcome answer = type.isApprovalRequired() ? Outcome.WAITING_FOR_APPROVAL : Outcome.CONFIRM_EMAIL;
        String society = settings.current().societyName();
        if (members.findByEmail(email).isPresent()) {
            Locale language = recipientLanguage.of(email);
            mail.enqueue(email, Messages.in(language, "membership.email.already-member.subject", society),
                    Messages.in(language, "membership.email.already-member.body", firstName, society,
                            portal.baseUrl() + "/login", portal.baseUrl() + "/forgot-password"));
            return answer;
        }
        if (applications.existsByEmailAndStatus(email, ApplicationStatus.PENDING)) {
            Locale language = recipientLanguage.of(email);
            mail.enqueue(email, Messages.in(language, "membership.email.already-pending.subject", society),
                    Messages.in(language, "membership.email.already-pending.body", firstName, society));
            return answer;
        }
        // a newer application replaces one still waiting for its email confirmation (its link stops working)
        for (MembershipApplication earlier : applications.findByEmailAndStatus(email, ApplicationStatus.UNCONFIRMED)) {
            earlier.decide(ApplicationStatus.DECLINED, "Replaced by a newer application from the same address",
                    clock.instant(), actor.name(), null);
        }
        MembershipApplication application = applications.save(MembershipApplication.join(firstName,
                request.lastName().strip(), email, Text.clean(request.phone()), Text.clean(request.credentials()),
                request.discipline(), upper(request.licenceState()), Text.clean(request.licenceNumber()),
                Text.clean(request.practiceName()), Text.clean(request.city()), Text.clean(request.state()),
                Text.clean(request.postalCode()), request.country().strip(), affiliate, type,
                Text.clean(request.message())));
        application.writtenIn(Messages.tag(Messages.current()));
        auditLog.recordAs(email, "APPLICATION_SUBMITTED", "MembershipApplication", application.getId(),
                "Application from " + firstName + " " + request.lastName().strip() + " for "
                        + type.getName(), List.of());
        if (!type.isApprovalRequired()) {
            askToConfirm(application, society);
            return answer;
        }
        acknowledge(application, society);
        return answer;
    }

    /** Emails the single-use link that grants a type needing no approval, once the applicant opens it. */
    private void askToConfirm(MembershipApplication application, String society) {
        String token = JoinTokens.newToken();
        application.awaitConfirmation(JoinTokens.hash(token), clock.instant().plus(confirmationValidity));
        Locale language = applicantLanguage(application);
        mail.enqueue(application.getEmail(), Messages.in(language, "membership.email.confirm.subject", society),
                Messages.in(language, "membership.email.confirm.body", application.getFirstName(),
                        application.getRequestedType().getName(), society,
                        portal.baseUrl() + "/join/confirm?token=" + token, confirmationValidity.toHours()));
    }

    private void acknowledge(MembershipApplication application, String society) {
        Locale language = applicantLanguage(application);
        mail.enqueue(application.getEmail(), Messages.in(language, "membership.email.received.subject", society),
                Messages.in(language, "membership.email.received.body", application.getFirstName(),
                        application.getRequestedType().getName(), society));
    }

    /**
     * Open to everyone: the applicant opens the emailed link. A type granted at once is granted now, as the board's
     * approval would (member, first term, login and the email to choose a password); a type that meanwhile came
     * to need approval goes to the board. An unknown, used or expired link changes nothing.
     */
    @PermitAll // the public page the confirmation link opens
    public Confirmation confirmEmail(String token) {
        MembershipApplication application = token == null || token.isBlank() ? null
                : applications.lockByConfirmationTokenHash(JoinTokens.hash(token.strip())).orElse(null);
        if (application == null || !application.isConfirmableAt(clock.instant())) {
            return Confirmation.LINK_NOT_VALID;
        }
        if (members.findByEmail(application.getEmail()).isPresent()) {
            application.decide(ApplicationStatus.DECLINED, "The address belongs to a member already",
                    clock.instant(), actor.name(), null);
            return Confirmation.ALREADY_A_MEMBER;
        }
        application.confirmEmail();
        auditLog.recordAs(application.getEmail(), "APPLICATION_EMAIL_CONFIRMED", "MembershipApplication",
                application.getId(), "Email confirmed by " + fullName(application), List.of());
        MembershipType type = application.getRequestedType();
        if (type.isApprovalRequired()) {
            acknowledge(application, settings.current().societyName());
            return Confirmation.WAITING_FOR_APPROVAL;
        }
        grant(application, "Granted at once: " + type.getName() + " needs no approval (email confirmed)", true);
        return Confirmation.GRANTED;
    }

    /** The board's queue: requests waiting for the board, and joins awaiting the applicant's email confirmation. */
    @PreAuthorize(Access.RECORD_EDITORS)
    @Transactional(readOnly = true)
    public List<ApplicationView> pending(Pageable page) {
        return applications.findQueued(affiliateScope(), page).stream().map(this::view).toList();
    }

    /** How many rows {@link #pending} has. */
    @PreAuthorize(Access.RECORD_EDITORS)
    @Transactional(readOnly = true)
    public long countQueued() {
        return applications.countQueued(affiliateScope());
    }

    /** Requests waiting for the board's decision (not those still awaiting an email confirmation). */
    @PreAuthorize(Access.RECORD_EDITORS)
    @Transactional(readOnly = true)
    public long countPending() {
        return applications.countPending(affiliateScope());
    }

    @PreAuthorize(Access.RECORD_EDITORS)
    public void approve(long id, String note, long version) {
        MembershipApplication application = loadPending(id, version);
        if (application.getStatus() == ApplicationStatus.UNCONFIRMED) {
            throw new BusinessRuleException(Messages.t("membership.application.error.unconfirmed"));
        }
        grant(application, Text.clean(note), false);
    }

    @PreAuthorize(Access.RECORD_EDITORS)
    public void decline(long id, String note, long version) {
        MembershipApplication application = loadPending(id, version);
        String reason = Text.clean(note);
        if (reason == null) {
            throw new BusinessRuleException(Messages.t("membership.application.error.note"));
        }
        ApplicationStatus before = application.getStatus();
        application.decide(ApplicationStatus.DECLINED, reason, clock.instant(), actor.name(), null);
        auditLog.record("APPLICATION_DECLINED", "MembershipApplication", id, "Declined: " + fullName(application),
                new Changes().track("status", before, ApplicationStatus.DECLINED));
        Locale language = applicantLanguage(application);
        mail.enqueue(application.getEmail(), Messages.in(language, "membership.email.declined.subject",
                settings.current().societyName()), Messages.in(language, "membership.email.declined.body."
                        + application.getKind().name(), application.getFirstName(), reason));
    }

    /** A signed-in member asks to renew on a type; free types without approval renew at once. */
    @PreAuthorize(Access.IS_MEMBER)
    public Outcome requestRenewal(long typeId) {
        Member member = scopes.currentMemberId().flatMap(members::findWithTerms)
                .orElseThrow(() -> new BusinessRuleException(Messages.t("membership.self.not-linked")));
        MembershipType type = types.findById(typeId).filter(MembershipType::isActive)
                .orElseThrow(() -> new BusinessRuleException(Messages.t("membership.renewal.error.type")));
        if (applications.existsByEmailAndStatus(member.getEmail(), ApplicationStatus.PENDING)) {
            throw new BusinessRuleException(Messages.t("membership.renewal.error.waiting"));
        }
        MembershipApplication application = applications.save(MembershipApplication.renewal(member, type, null));
        auditLog.record("RENEWAL_REQUESTED", "Member", member.getId(), member.getFullName() + " asked to renew as "
                + type.getName(), new Changes());
        if (!type.isApprovalRequired() && type.getDues().signum() == 0) {
            grant(application, "Renewed at once: free membership", true);
            return Outcome.GRANTED;
        }
        return Outcome.WAITING_FOR_APPROVAL;
    }

    /**
     * Approving: a join creates the member, the first term and a login; a renewal adds a term. atOnce: no board
     * decision stands behind it (the term is marked so: the directory waits for the board or a payment).
     */
    private void grant(MembershipApplication application, String note, boolean atOnce) {
        LocalDate today = clock.today();
        MembershipType type = application.getRequestedType();
        Member member = application.getKind() == ApplicationKind.RENEWAL ? application.getMember() : newMember(application);
        TermPeriod period = TermPeriod.starting(MembershipStatusRule.renewalStart(today, member.periods()),
                type.getTermMonths(), type.getGraceDays());
        member.addTerm(type, period, type.getDues(), today, atOnce);
        if (member.getId() == null) {
            members.save(member);
        }
        members.flush();
        application.decide(ApplicationStatus.APPROVED, note, clock.instant(), actor.name(), member);
        auditLog.record("APPLICATION_APPROVED", "MembershipApplication", application.getId(),
                (application.getKind() == ApplicationKind.JOIN ? "Join" : "Renewal") + " approved for "
                        + member.getFullName(),
                new Changes().track("status", ApplicationStatus.PENDING, ApplicationStatus.APPROVED)
                        .track("termEnd", null, period.end()));
        String society = settings.current().societyName();
        Locale language = applicantLanguage(application);
        if (application.getKind() == ApplicationKind.JOIN) {
            logins.provide(member.getEmail(), member.getFullName(), member.getId(), language);
            mail.enqueue(member.getEmail(), Messages.in(language, "membership.email.welcome.subject", society),
                    Messages.in(language, "membership.email.welcome.body", member.getFirstName(), society,
                            type.getName(), SocietyClock.shortDate(period.start(), language),
                            SocietyClock.shortDate(period.end(), language), dueNote(type, language)));
        } else {
            mail.enqueue(member.getEmail(), Messages.in(language, "membership.email.renewed.subject", society),
                    Messages.in(language, "membership.email.renewed.body", member.getFirstName(), type.getName(),
                            SocietyClock.shortDate(period.end(), language), dueNote(type, language)));
        }
    }

    private static String dueNote(MembershipType type, Locale language) {
        return type.getDues().signum() == 0 ? ""
                : Messages.in(language, "membership.email.dues-note", Formats.money(type.getDues(), language));
    }

    /**
     * The language to write to an applicant in: their account's if they have one (a renewing member; a joiner once
     * approved), else the language of the request that causes the email. For a joiner that is right on the Join
     * page and when their own link grants the membership, but not when the board approves or declines: the
     * application does not store the language it was made in (a follow-up needs a column for it), so the board's
     * language is used then.
     */
    /** A join applicant is answered in the language they applied in; a member in their account's. */
    private Locale applicantLanguage(MembershipApplication application) {
        if (application.getKind() == ApplicationKind.JOIN && application.getLanguage() != null) {
            return Messages.supported(application.getLanguage());
        }
        return recipientLanguage.of(application.getEmail());
    }

    private Member newMember(MembershipApplication a) {
        Member member = new Member(a.getFirstName(), a.getLastName(), a.getEmail());
        member.updateProfile(a.getFirstName(), a.getLastName(), a.getEmail(), a.getPhone(), a.getCredentials(),
                a.getDiscipline(), a.getLicenceState(), a.getLicenceNumber(), a.getPracticeName(), a.getCity(),
                a.getState(), a.getPostalCode(), a.getCountry(), false, false);
        member.setAffiliate(a.getAffiliate());
        if (members.findByEmail(a.getEmail()).isPresent()) {
            throw new BusinessRuleException(Messages.t("membership.application.error.member-exists", a.getEmail()));
        }
        return member;
    }

    private MembershipApplication loadPending(long id, long version) {
        MembershipApplication application = applications.lockById(id)
                .orElseThrow(() -> new NotFoundException(Messages.t("membership.application.the")));
        Long scope = affiliateScope();
        if (scope != null && (application.getAffiliate() == null
                || !scope.equals(application.getAffiliate().getId()))) {
            throw new AccessDeniedException("This application belongs to another affiliate.");
        }
        // decided first: of two people deciding at once, the second is told what the first did
        if (application.getStatus() != ApplicationStatus.PENDING
                && application.getStatus() != ApplicationStatus.UNCONFIRMED) {
            throw new BusinessRuleException(application.getDecidedBy() == null
                    ? Messages.t("membership.application.error.decided." + application.getStatus().name())
                    : Messages.t("membership.application.error.decided-by." + application.getStatus().name(),
                            application.getDecidedBy()));
        }
        ConcurrentEditException.check(application.getVersion(), version, Messages.t("membership.application.this"));
        return application;
    }

    /** Applications follow the members rule: an affiliate administrator handles only their own affiliate's. */
    private Long affiliateScope() {
        return access.affiliateScope();
    }

    private ApplicationView view(MembershipApplication a) {
        String place = String.join(", ", java.util.stream.Stream.of(a.getCity(), a.getState())
                .filter(s -> s != null && !s.isBlank()).toList());
        return new ApplicationView(a.getId(), a.getKind(), fullName(a), a.getEmail(), a.getCredentials(),
                a.getDiscipline().label(), place, a.getAffiliate() == null ? null : a.getAffiliate().getShortName(),
                a.getRequestedType().getName(), dues(a.getRequestedType()), a.getMessage(), a.getStatus(),
                a.getCreatedAt(), a.getVersion(), a.getStatus() == ApplicationStatus.UNCONFIRMED
                        && !a.isConfirmableAt(clock.instant()));
    }

    private static String fullName(MembershipApplication a) {
        return a.getFirstName() + " " + a.getLastName();
    }

    private static String dues(MembershipType t) {
        return t.getDues().signum() == 0 ? Messages.t("membership.dues.free") : Formats.money(t.getDues());
    }

    private static String upper(String s) {
        String clean = Text.clean(s);
        return clean == null ? null : clean.toUpperCase();
    }
}
