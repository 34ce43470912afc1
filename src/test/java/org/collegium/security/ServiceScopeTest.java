package org.collegium.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.collegium.events.service.EventService;
import org.collegium.events.domain.SessionKind;
import org.collegium.events.service.EventService.EventForm;
import org.collegium.events.service.EventService.SessionForm;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.base.service.NotFoundException;
import org.collegium.groups.service.DemoGroups;
import org.collegium.reports.service.ReportRows;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Placeholders;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roles whose share of the matrix is a scope (an affiliate administrator: their own affiliate; a facilitator:
 * their own groups; a member: their own records) call every guarded service method that takes a record id, with
 * an id in their scope (let through) and with one outside it and a missing one (refused, with
 * AccessDeniedException or NotFoundException: to the caller the same as a record that does not exist). The
 * methods are found by reflection (a parameter {@code long}/{@code Long} named {@code id} or {@code …Id}), so a
 * new one without a row in {@link #ROWS} fails the test. Every call runs in a transaction that is rolled back:
 * the demo data stays as it was.
 */
@IntegrationTest
class ServiceScopeTest {

    /** What an id names. Shared kinds are the same for everyone the method's rule lets in: never varied. */
    enum Kind {
        MEMBER, AFFILIATE, EVENT, EVENT_SESSION, REGISTRATION, CREDIT, PAYMENT, APPLICATION, GROUP, GROUP_SESSION,
        GROUP_MEMBERSHIP, MEMBERSHIP_TYPE(false),
        /** an event on the public pages: "own" is a published one, "foreign" a draft (not public yet) */
        PUBLIC_EVENT,
        /** a member's group listing: "own" the demo member's, "foreign" another member's */
        LISTING,
        /** a listing on the public pages: "own" a published one, "foreign" one waiting for review */
        PUBLIC_LISTING,
        /** a member's external CE record (pending, with its certificate): "own" the demo member's, "foreign" another's */
        EXTERNAL_CE,
        /** a member's supervision log: "own" the demo member's, "foreign" another member's */
        SUPERVISION,
        /** a member's credential (licence, certification): "own" the demo member's, "foreign" another member's */
        CREDENTIAL;

        final boolean scoped;

        Kind() {
            this(true);
        }

        Kind(boolean scoped) {
            this.scoped = scoped;
        }
    }

    /** How a scoped role's call with an id outside its scope must end. */
    enum Expect {
        /** refused, as a missing id is */
        REFUSED,
        /** answered for the caller's own scope whatever was asked (a report's filter), as for a missing id */
        NARROWED
    }

    /**
     * One row of the table: the method ("Service.method"), the roles that call it in a scope, and the kind of
     * each id parameter; or, for a method not scoped by its id, why.
     */
    record Row(String method, Set<Role> scopedRoles, Map<String, Kind> ids, Expect expect, String unscopedBecause,
            Map<String, Function<Fixtures, Object>> arguments) {

        /** A valid value for a parameter that the method checks before the id (so that only the id decides). */
        Row with(String parameter, Function<Fixtures, Object> value) {
            Map<String, Function<Fixtures, Object>> more = new LinkedHashMap<>(arguments);
            more.put(parameter, value);
            return new Row(method, scopedRoles, ids, expect, unscopedBecause, more);
        }

        @Override
        public String toString() {
            return method + ids.keySet();
        }
    }

    private static final Set<Role> AA = Set.of(Role.AFFILIATE_ADMIN);
    private static final String AUTHORS = "a message is its author's (the board's and administrators': every one); "
            + "another sender's or a missing one is not found alike (CommunicationServiceTest)";
    private static final String SHORT_OF = "a profile is the society's; the members short of it are read within "
            + "the caller's scope (an affiliate administrator: another affiliate's id or member answers nothing: "
            + "ShortfallSegmentTest)";
    private static final Set<Role> FAC = Set.of(Role.FACILITATOR);
    private static final Set<Role> MEM = Set.of(Role.MEMBER);

    private static Row scoped(String method, Set<Role> roles, Object... paramKinds) {
        return row(method, roles, Expect.REFUSED, paramKinds);
    }

    private static Row narrowed(String method, Set<Role> roles, Object... paramKinds) {
        return row(method, roles, Expect.NARROWED, paramKinds);
    }

    private static Row row(String method, Set<Role> roles, Expect expect, Object... paramKinds) {
        Map<String, Kind> ids = new LinkedHashMap<>();
        for (int i = 0; i < paramKinds.length; i += 2) {
            ids.put((String) paramKinds[i], (Kind) paramKinds[i + 1]);
        }
        return new Row(method, roles, ids, expect, null, Map.of());
    }

    private static Row unscoped(String method, String because) {
        return new Row(method, Set.of(), Map.of(), Expect.REFUSED, because, Map.of());
    }

    /** The expectation table: every guarded service method that takes a record id. */
    static final List<Row> ROWS = List.of(
            // members: an affiliate administrator handles their own affiliate's members only
            scoped("MemberService.get", AA, "id", Kind.MEMBER),
            scoped("MemberService.update", AA, "id", Kind.MEMBER),
            scoped("MemberService.renew", AA, "id", Kind.MEMBER, "typeId", Kind.MEMBERSHIP_TYPE),
            scoped("MemberService.close", AA, "id", Kind.MEMBER),
            scoped("DuplicateService.merge", AA, "survivorId", Kind.MEMBER, "duplicateId", Kind.MEMBER),
            scoped("PaymentService.forMember", AA, "memberId", Kind.MEMBER),
            scoped("PaymentService.record", AA, "memberId", Kind.MEMBER),
            scoped("PaymentService.receipt", AA, "paymentId", Kind.PAYMENT),
            scoped("PaymentService.myReceipt", MEM, "paymentId", Kind.PAYMENT),
            scoped("ApplicationService.approve", AA, "id", Kind.APPLICATION),
            scoped("ApplicationService.decline", AA, "id", Kind.APPLICATION),
            unscoped("ApplicationService.requestRenewal", "membership types are the society's, the same for every "
                    + "member; the renewal is the caller's own"),
            narrowed("RenewalReports.duesOwed", AA, "affiliateId", Kind.AFFILIATE),
            // events: an affiliate administrator manages the events their affiliate hosts
            scoped("EventService.load", AA, "id", Kind.EVENT),
            scoped("EvaluationService.form", AA, "eventId", Kind.EVENT),
            scoped("EvaluationService.save", AA, "eventId", Kind.EVENT),
            scoped("EvaluationService.useDefaults", AA, "eventId", Kind.EVENT),
            scoped("EvaluationService.summary", AA, "eventId", Kind.EVENT),
            unscoped("EvaluationService.questionnaire", "the caller's own: only an attendee of the event, once it "
                    + "has ended (EvaluationsTest)"),
            unscoped("EvaluationService.submit", "the caller's own: only an attendee of the event, once it has "
                    + "ended, once (EvaluationsTest)"),
            scoped("EventService.save", AA, "id", Kind.EVENT).with("form", Fixtures::eventForm),
            scoped("EventService.publish", AA, "id", Kind.EVENT),
            scoped("EventService.cancel", AA, "id", Kind.EVENT),
            scoped("EventService.cancellation", AA, "id", Kind.EVENT),
            scoped("EventService.sessions", AA, "eventId", Kind.EVENT),
            scoped("EventService.saveSession", AA, "eventId", Kind.EVENT, "sessionId", Kind.EVENT_SESSION)
                    .with("form", f -> new SessionForm(SessionKind.OPEN_SESSION, "Matrix session",
                            f.later(9), f.later(10), 10, BigDecimal.ZERO)),
            scoped("AttendanceService.roster", AA, "eventId", Kind.EVENT, "sessionId", Kind.EVENT_SESSION),
            scoped("AttendanceService.markAllAttended", AA, "eventId", Kind.EVENT, "sessionId", Kind.EVENT_SESSION),
            scoped("AttendanceService.mark", AA, "registrationId", Kind.REGISTRATION),
            scoped("AttendanceService.cancelRegistration", AA, "registrationId", Kind.REGISTRATION),
            scoped("AttendanceService.certificate", AA, "creditId", Kind.CREDIT),
            // a member's own registrations, certificates and hours
            scoped("RegistrationService.cancelMine", MEM, "registrationId", Kind.REGISTRATION),
            scoped("RegistrationService.claimMine", MEM, "registrationId", Kind.REGISTRATION),
            scoped("CeService.certificate", MEM, "creditId", Kind.CREDIT),
            scoped("SessionService.hoursFor", MEM, "memberId", Kind.MEMBER),
            // published events are everyone's (the public pages: a member stands for anyone); drafts no one's
            scoped("RegistrationService.register", MEM, "eventId", Kind.PUBLIC_EVENT),
            scoped("PublicEvents.event", MEM, "id", Kind.PUBLIC_EVENT),
            scoped("EventCalendar.eventIcs", MEM, "eventId", Kind.PUBLIC_EVENT),
            unscoped("RegistrationService.registerGuest", "public: any published event, for anyone (it places "
                    + "the guest as register places a member, which this table proves refuses drafts)"),
            // groups: a facilitator runs their own groups; the meeting link only for the roster and facilitators
            scoped("GroupService.form", FAC, "groupId", Kind.GROUP),
            scoped("GroupService.update", FAC, "groupId", Kind.GROUP),
            scoped("RosterService.roster", FAC, "groupId", Kind.GROUP),
            scoped("RosterService.approve", FAC, "membershipId", Kind.GROUP_MEMBERSHIP),
            scoped("RosterService.decline", FAC, "membershipId", Kind.GROUP_MEMBERSHIP),
            scoped("SessionService.managedSessions", FAC, "groupId", Kind.GROUP),
            scoped("SessionService.addExtra", FAC, "groupId", Kind.GROUP),
            scoped("SessionService.cancel", FAC, "sessionId", Kind.GROUP_SESSION),
            scoped("SessionService.setLink", FAC, "sessionId", Kind.GROUP_SESSION),
            scoped("SessionService.attendance", FAC, "sessionId", Kind.GROUP_SESSION),
            scoped("SessionService.correctAttendance", FAC, "sessionId", Kind.GROUP_SESSION),
            scoped("SessionService.join", Set.of(Role.FACILITATOR, Role.MEMBER), "sessionId", Kind.GROUP_SESSION),
            scoped("ListingService.form", MEM, "listingId", Kind.LISTING),
            scoped("ListingService.details", MEM, "listingId", Kind.LISTING),
            scoped("ListingService.update", MEM, "listingId", Kind.LISTING)
                    .with("form", f -> org.collegium.listings.service.ListingRecords.ListingForm.blank()),
            scoped("ListingService.withdraw", MEM, "listingId", Kind.LISTING),
            scoped("FindAGroup.listing", MEM, "listingId", Kind.PUBLIC_LISTING),
            scoped("FindAGroup.enquire", MEM, "listingId", Kind.PUBLIC_LISTING).with("enquiry", f ->
                    new org.collegium.listings.service.ListingRecords.Enquiry("Scope Visitor",
                            "scope.visitor@example.org", "Is there room in the group?", null)),
            unscoped("ListingModeration.listing", "the board and administrators"),
            // external CE and supervision logs: a member's own only; the board's review reads every member's
            scoped("ExternalCeService.get", MEM, "externalCeId", Kind.EXTERNAL_CE),
            scoped("ExternalCeService.update", MEM, "externalCeId", Kind.EXTERNAL_CE),
            scoped("ExternalCeService.delete", MEM, "externalCeId", Kind.EXTERNAL_CE),
            scoped("CeCertificates.download", MEM, "externalCeId", Kind.EXTERNAL_CE),
            scoped("SupervisionService.get", MEM, "supervisionId", Kind.SUPERVISION),
            scoped("SupervisionService.update", MEM, "supervisionId", Kind.SUPERVISION),
            scoped("SupervisionService.delete", MEM, "supervisionId", Kind.SUPERVISION),
            scoped("CredentialService.one", MEM, "id", Kind.CREDENTIAL),
            scoped("CredentialService.update", MEM, "id", Kind.CREDENTIAL),
            scoped("CredentialService.remove", MEM, "id", Kind.CREDENTIAL),
            scoped("CredentialService.transcript", MEM, "id", Kind.CREDENTIAL),
            scoped("CredentialService.transcriptPdf", MEM, "id", Kind.CREDENTIAL),
            scoped("CredentialService.auditPacketName", MEM, "id", Kind.CREDENTIAL),
            scoped("CredentialService.writeAuditPacket", MEM, "id", Kind.CREDENTIAL),
            unscoped("ShortfallReport.countShortOf", SHORT_OF),
            unscoped("ShortfallReport.shortOf", SHORT_OF),
            unscoped("ShortfallReport.findShortOf", SHORT_OF),
            unscoped("RequirementProfileService.form", "administrators (profiles are the society's)"),
            unscoped("RequirementProfileService.save", "administrators (profiles are the society's)"),
            unscoped("ExternalCeReview.get", "the board and administrators"),
            unscoped("ExternalCeReview.verify", "the board and administrators"),
            unscoped("ExternalCeReview.decline", "the board and administrators"),
            unscoped("ListingModeration.publish", "the board and administrators"),
            unscoped("ListingModeration.decline", "the board and administrators"),
            unscoped("ListingModeration.unpublish", "the board and administrators"),
            unscoped("GroupService.page", "every group's page (no roster, no meeting link) is open to all who use "
                    + "groups, so that members can ask to join"),
            unscoped("GroupService.manages", "says only whether the caller manages the group"),
            unscoped("GroupCalendar.forGroup", "a group's calendar file carries no meeting link and no roster"),
            unscoped("RosterService.requestToJoin", "any group may be asked to join; the request is the caller's"),
            unscoped("RosterService.leave", "leaves the caller's own place only"),
            // what only the board and administrators (or administrators) do, over every record
            unscoped("MembershipTypeService.update", "the board and administrators"),
            unscoped("AffiliateService.update", "the board and administrators"),
            unscoped("AccountScopes.assignAffiliate", "the board and administrators"),
            unscoped("AccountService.get", "administrators"),
            unscoped("AccountService.update", "administrators"),
            unscoped("AccountService.sendResetLink", "administrators"),
            unscoped("OutboxService.retry", "administrators"),
            // communications (issue 17)
            unscoped("CommunicationService.load", AUTHORS),
            unscoped("CommunicationService.save", AUTHORS),
            unscoped("CommunicationService.testSend", AUTHORS),
            unscoped("CommunicationService.send", AUTHORS),
            unscoped("CommunicationService.cancel", AUTHORS),
            unscoped("CommunicationService.recipients", AUTHORS),
            unscoped("CommunicationService.recipientsListed", AUTHORS),
            unscoped("CommunicationService.preview", "the member must be in the form's segment, read within the caller's scope (CommunicationServiceTest)"),
            unscoped("AuditService.changes", "the board, administrators and officers read the whole audit log"));

    /** The demo accounts that act in each scoped role, with that role alone. */
    private static final Map<Role, String> ACTORS = Map.of(Role.AFFILIATE_ADMIN, DemoAccounts.AFFILIATE_ONLY,
            Role.FACILITATOR, "facilitator@example.org", Role.MEMBER, "member@example.org");

    @Autowired ApplicationContext context;
    @Autowired Roles roles;
    @Autowired JdbcTemplate jdbc;
    @Autowired DemoData demo;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    @AfterEach
    void clear() {
        roles.clear();
    }

    @Test
    void everyServiceMethodThatTakesARecordIdHasARow() {
        Map<String, Set<String>> found = idMethods();
        Map<String, Row> rows = new TreeMap<>();
        ROWS.forEach(r -> assertThat(rows.put(r.method(), r)).as("one row for " + r.method()).isNull());
        assertThat(found.keySet()).as("service methods taking a record id with no row in ServiceScopeTest.ROWS")
                .isSubsetOf(rows.keySet());
        assertThat(rows.keySet()).as("rows in ServiceScopeTest.ROWS for methods that are gone")
                .isSubsetOf(found.keySet());
        List<String> uncovered = new ArrayList<>();
        found.forEach((method, params) -> {
            Row row = rows.get(method);
            if (row.unscopedBecause() == null && !row.ids().keySet().equals(params)) {
                uncovered.add(method + ": id parameters " + params + ", the row names " + row.ids().keySet());
            }
        });
        assertThat(uncovered).isEmpty();
    }

    @Test
    void eachScopedRoleReachesItsOwnRecordsAndIsRefusedOthersAsIfTheyWereMissing() {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nService × scoped role (own id → foreign id / missing id)\n");
        for (Row row : ROWS) {
            if (row.unscopedBecause() != null) {
                table.append(String.format("  %-40s not scoped: %s%n", row.method(), row.unscopedBecause()));
                continue;
            }
            for (Method method : methods(row.method())) {
                for (Role role : row.scopedRoles()) {
                    check(row, method, role, wrong, table);
                }
            }
        }
        System.out.println(table);
        assertThat(wrong).as("scoped calls that differ from the roles matrix (docs/design.md)").isEmpty();
    }

    private void check(Row row, Method method, Role role, List<String> wrong, StringBuilder table) {
        String who = role + " (" + ACTORS.get(role) + ") " + row.method();
        Result own = call(method, role, row, null, false);
        if (own.refused()) {
            wrong.add(who + " with its own ids was refused: " + own);
        }
        StringBuilder line = new StringBuilder(String.format("  %-40s %-16s own: %s (%s)", row.method(), role,
                own.label(), own.brief()));
        for (var param : row.ids().entrySet()) {
            if (!param.getValue().scoped) {
                continue;
            }
            for (boolean missing : new boolean[] {false, true}) {
                Result other = call(method, role, row, param.getKey(), missing);
                String what = (missing ? "a missing " : "another scope's ") + param.getKey();
                line.append(" · ").append(missing ? "missing " : "foreign ").append(param.getKey()).append(": ")
                        .append(other.label());
                boolean ok = row.expect() == Expect.REFUSED ? other.refused()
                        : !other.refused() && other.equals(own);
                if (!ok) {
                    wrong.add(who + " with " + what + ": " + other + (row.expect() == Expect.NARROWED
                            ? " (expected the same answer as for its own: " + own + ")" : " (expected refusal)"));
                }
            }
        }
        table.append(line).append('\n');
    }

    /** How a call ended: refused, or let through (and then what it answered or which error it met). */
    record Result(boolean refused, String outcome) {
        String label() {
            return refused ? "refused" : "let through";
        }

        /** What it answered, or the error it met past the scope check (e.g. on a placeholder argument). */
        String brief() {
            return outcome.replaceFirst(":.*", "");
        }

        @Override
        public String toString() {
            return outcome;
        }
    }

    /**
     * Calls the method as the role, in a transaction that is rolled back: every id its own, except {@code varied}
     * (a foreign or a missing one). The other arguments are placeholders; a call let through may then fail on
     * them, which is past the scope check.
     */
    private Result call(Method method, Role role, Row row, String varied, boolean missing) {
        Object bean = bean(method);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            status.setRollbackOnly();
            Fixtures fixtures = new Fixtures(role);
            Map<Kind, Integer> used = new EnumMap<>(Kind.class);
            Parameter[] params = method.getParameters();
            Object[] args = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                Kind kind = row.ids().get(params[i].getName());
                if (row.arguments().containsKey(params[i].getName())) {
                    args[i] = row.arguments().get(params[i].getName()).apply(fixtures);
                } else if (kind == null) {
                    args[i] = Placeholders.of(params[i].getType());
                } else if (params[i].getName().equals(varied)) {
                    args[i] = missing ? fixtures.missing(kind) : fixtures.foreign(kind);
                } else {
                    int n = used.merge(kind, 1, Integer::sum) - 1;
                    args[i] = fixtures.own(kind, n);
                }
                if (args[i] == null && params[i].getType() == long.class) {
                    throw new IllegalStateException("No id for " + params[i].getName() + " of " + row);
                }
            }
            roles.actAs(ACTORS.get(role), role);
            try {
                Object answer = method.invoke(bean, args);
                return new Result(false, describe(answer));
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                boolean refused = cause instanceof AccessDeniedException || cause instanceof NotFoundException;
                return new Result(refused, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } finally {
                roles.clear();
            }
        });
    }

    private static String describe(Object answer) {
        if (answer instanceof ReportRows rows) {
            return rows.count() + " rows";
        }
        return answer == null ? "nothing" : answer.getClass().getSimpleName();
    }

    /**
     * Ids from the demo data, seen from one role: the affiliate administrator runs the Carolinas society (its
     * members, applications, the events it hosts, their registrations and certificates); the facilitator the
     * Tuesday group; the member has their own registrations, certificate, payments and place in the parents'
     * group. Records the demo lacks (a Carolinas certificate, applications) are added inside the rolled-back
     * transaction.
     */
    final class Fixtures {

        private final Role role;
        private final long cgps = demo.affiliateId("CGPS");
        private final long agps = demo.affiliateId("AGPS");

        Fixtures(Role role) {
            this.role = role;
        }

        Long own(Kind kind, int n) {
            return switch (kind) {
                case MEMBER -> role == Role.MEMBER ? accountMember("member@example.org")
                        : id("SELECT id FROM member WHERE affiliate_id = ? AND email LIKE '%.%.%@example.org' "
                                + "ORDER BY id LIMIT 1 OFFSET " + n, cgps);
                case AFFILIATE -> cgps;
                case EVENT -> id("SELECT MIN(id) FROM event WHERE affiliate_id = ?", cgps);
                case EVENT_SESSION -> jdbc.queryForObject("SELECT MIN(s.id) FROM event_session s JOIN event e "
                        + "ON e.id = s.event_id WHERE e.affiliate_id = ?", Long.class, cgps); // none: null, the event
                case REGISTRATION -> role == Role.MEMBER
                        ? id("SELECT MIN(id) FROM registration WHERE member_id = ?", accountMember("member@example.org"))
                        : id("SELECT MIN(r.id) FROM registration r JOIN event e ON e.id = r.event_id "
                                + "WHERE e.affiliate_id = ?", cgps);
                case CREDIT -> role == Role.MEMBER
                        ? id("SELECT MIN(id) FROM ce_credit WHERE member_id = ?", accountMember("member@example.org"))
                        : carolinasCredit();
                case PAYMENT -> role == Role.MEMBER
                        ? id("SELECT MIN(id) FROM payment WHERE member_id = ?", accountMember("member@example.org"))
                        : id("SELECT MIN(p.id) FROM payment p JOIN member m ON m.id = p.member_id "
                                + "WHERE m.affiliate_id = ?", cgps);
                case APPLICATION -> application(cgps);
                case GROUP -> group(DemoGroups.TUESDAY_GROUP);
                case GROUP_SESSION -> role == Role.MEMBER ? groupSession(DemoGroups.PARENTS_GROUP)
                        : groupSession(DemoGroups.TUESDAY_GROUP);
                case GROUP_MEMBERSHIP -> id("SELECT MIN(id) FROM group_membership WHERE group_id = ? "
                        + "AND status = 'REQUESTED'", group(DemoGroups.TUESDAY_GROUP));
                case MEMBERSHIP_TYPE -> demo.typeId("Clinical");
                case PUBLIC_EVENT -> id("SELECT MIN(id) FROM event WHERE status = 'PUBLISHED' AND starts_at > NOW()");
                case LISTING -> id("SELECT MIN(id) FROM group_listing WHERE owner_member_id = ?",
                        accountMember("member@example.org"));
                case PUBLIC_LISTING -> id("SELECT MIN(id) FROM group_listing WHERE status = 'PUBLISHED'");
                case EXTERNAL_CE -> externalCe(accountMember("member@example.org"));
                case SUPERVISION -> supervisionLog(accountMember("member@example.org"));
                case CREDENTIAL -> credential(accountMember("member@example.org"));
            };
        }

        Long foreign(Kind kind) {
            long me = accountMember("member@example.org");
            return switch (kind) {
                case MEMBER -> role == Role.MEMBER ? id("SELECT MIN(id) FROM member WHERE id <> ?", me)
                        : id("SELECT MIN(id) FROM member WHERE affiliate_id = ?", agps);
                case AFFILIATE -> agps;
                case EVENT -> id("SELECT MIN(id) FROM event WHERE affiliate_id IS NULL");
                case EVENT_SESSION -> id("SELECT MIN(s.id) FROM event_session s JOIN event e ON e.id = s.event_id "
                        + "WHERE e.affiliate_id IS NULL");
                case REGISTRATION -> role == Role.MEMBER
                        ? id("SELECT MIN(id) FROM registration WHERE member_id <> ?", me)
                        : id("SELECT MIN(r.id) FROM registration r JOIN event e ON e.id = r.event_id "
                                + "WHERE e.affiliate_id IS NULL");
                case CREDIT -> role == Role.MEMBER ? id("SELECT MIN(id) FROM ce_credit WHERE member_id <> ?", me)
                        : id("SELECT MIN(c.id) FROM ce_credit c JOIN registration r ON r.id = c.registration_id "
                                + "JOIN event e ON e.id = r.event_id WHERE e.affiliate_id IS NULL");
                case PAYMENT -> role == Role.MEMBER ? id("SELECT MIN(id) FROM payment WHERE member_id <> ?", me)
                        : id("SELECT MIN(p.id) FROM payment p JOIN member m ON m.id = p.member_id "
                                + "WHERE m.affiliate_id = ?", agps);
                case APPLICATION -> application(agps);
                case GROUP -> group(DemoGroups.SUPERVISION_GROUP);
                // other tests in this context may put the demo member on a group's roster: read who is on it now
                case GROUP_SESSION -> role == Role.MEMBER ? id("SELECT MIN(s.id) FROM group_session s WHERE "
                        + "s.group_id NOT IN (SELECT group_id FROM group_membership WHERE member_id = ? "
                        + "AND status = 'ACTIVE')", me) : groupSession(DemoGroups.SUPERVISION_GROUP);
                case GROUP_MEMBERSHIP -> id("SELECT MIN(id) FROM group_membership WHERE group_id = ?",
                        group(DemoGroups.SUPERVISION_GROUP));
                case MEMBERSHIP_TYPE -> throw new IllegalStateException("membership types are not scoped");
                case PUBLIC_EVENT -> draft();
                case LISTING -> id("SELECT MIN(id) FROM group_listing WHERE owner_member_id <> ?", me);
                case PUBLIC_LISTING -> id("SELECT MIN(id) FROM group_listing WHERE status = 'PENDING'");
                case EXTERNAL_CE -> externalCe(id("SELECT MIN(id) FROM member WHERE id <> ?", me));
                case SUPERVISION -> supervisionLog(id("SELECT MIN(id) FROM member WHERE id <> ?", me));
                case CREDENTIAL -> credential(id("SELECT MIN(id) FROM member WHERE id <> ?", me));
            };
        }

        long missing(Kind kind) {
            String table = switch (kind) {
                case MEMBER -> "member";
                case AFFILIATE -> "affiliate";
                case EVENT -> "event";
                case EVENT_SESSION -> "event_session";
                case REGISTRATION -> "registration";
                case CREDIT -> "ce_credit";
                case PAYMENT -> "payment";
                case APPLICATION -> "membership_application";
                case GROUP -> "peer_group";
                case GROUP_SESSION -> "group_session";
                case GROUP_MEMBERSHIP -> "group_membership";
                case MEMBERSHIP_TYPE -> "membership_type";
                case PUBLIC_EVENT -> "event";
                case LISTING, PUBLIC_LISTING -> "group_listing";
                case EXTERNAL_CE -> "external_ce";
                case SUPERVISION -> "supervision_log";
                case CREDENTIAL -> "member_credential";
            };
            return id("SELECT COALESCE(MAX(id), 0) + 1000000 FROM " + table);
        }

        /** A day a month from now, at this hour of the society's day. */
        LocalDateTime later(int hour) {
            return LocalDate.now(clock).plusDays(30).atTime(hour, 0);
        }

        /** The editor's blank event as the affiliate administrator gets it (their host), with a title. */
        EventForm eventForm() {
            EventForm blank = roles.as(ACTORS.get(Role.AFFILIATE_ADMIN), Role.AFFILIATE_ADMIN,
                    () -> context.getBean(EventService.class).blank());
            return withComponent(withComponent(blank, "title", "Matrix training"), "venue", "Matrix Hall");
        }

        private long accountMember(String email) {
            return id("SELECT member_id FROM user_account WHERE email = ?", email);
        }

        private long group(String name) {
            return id("SELECT id FROM peer_group WHERE name = ?", name);
        }

        /** The group's next scheduled session (one to cancel or to give a link), else its latest. */
        private long groupSession(String group) {
            return id("SELECT id FROM group_session WHERE group_id = ? ORDER BY status = 'SCHEDULED' DESC, "
                    + "starts_at DESC LIMIT 1", group(group));
        }

        /** A certificate from an event the Carolinas society hosts (the demo has none yet). */
        private long carolinasCredit() {
            long registration = own(Kind.REGISTRATION, 0);
            jdbc.update("INSERT INTO ce_credit (registration_id, member_id, hours, ce_type, certificate_number, "
                    + "awarded_on, created_at) SELECT id, member_id, 2.5, 'ASWB', ?, CURRENT_DATE, NOW(6) "
                    + "FROM registration WHERE id = ?", "MATRIX-" + registration, registration);
            return id("SELECT id FROM ce_credit WHERE registration_id = ?", registration);
        }

        /** An upcoming event put back to a draft (inside the rolled-back transaction). */
        private long draft() {
            long event = id("SELECT MAX(id) FROM event WHERE status = 'PUBLISHED' AND starts_at > NOW()");
            jdbc.update("UPDATE event SET status = 'DRAFT' WHERE id = ?", event);
            return event;
        }

        /** A pending external CE record of this member, with a certificate (inside the rolled-back transaction). */
        private long externalCe(long memberId) {
            jdbc.update("INSERT INTO external_ce (member_id, provider, title, earned_on, hours, formality, delivery, "
                    + "status, certificate_name, certificate_type, certificate_size, version, created_at) VALUES (?, "
                    + "'Matrix provider', 'Matrix course', CURRENT_DATE, 1, 'FORMAL', 'ONLINE', 'PENDING', 'c.pdf', "
                    + "'PDF', 4, 0, NOW(6))", memberId);
            long id = id("SELECT MAX(id) FROM external_ce WHERE member_id = ?", memberId);
            jdbc.update("INSERT INTO external_ce_certificate (external_ce_id, content) VALUES (?, ?)", id,
                    "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return id;
        }

        /** A supervision log of this member (inside the rolled-back transaction). */
        private long supervisionLog(long memberId) {
            jdbc.update("INSERT INTO supervision_log (member_id, held_on, hours, member_role, supervisor_name, "
                    + "supervisor_credential, delivery, version, created_at) VALUES (?, CURRENT_DATE, 1, 'SUPERVISEE', "
                    + "'Matrix Supervisor', 'PhD', 'ONLINE', 0, NOW(6))", memberId);
            return id("SELECT MAX(id) FROM supervision_log WHERE member_id = ?", memberId);
        }

        /** A credential of this member under a profile they do not hold yet (inside the rolled-back transaction). */
        private long credential(long memberId) {
            long profile = id("SELECT MIN(id) FROM requirement_profile WHERE id NOT IN "
                    + "(SELECT profile_id FROM member_credential WHERE member_id = ?)", memberId);
            jdbc.update("INSERT INTO member_credential (member_id, profile_id, number, issued_on, cycle_start, "
                    + "cycle_end, version, created_at) VALUES (?, ?, 'MATRIX-1', CURRENT_DATE, CURRENT_DATE, "
                    + "CURRENT_DATE + INTERVAL 2 YEAR, 0, NOW(6))", memberId, profile);
            return id("SELECT MAX(id) FROM member_credential WHERE member_id = ?", memberId);
        }

        /** A pending join application to this affiliate. */
        private long application(long affiliate) {
            jdbc.update("INSERT INTO membership_application (kind, first_name, last_name, email, discipline, "
                    + "country, affiliate_id, membership_type_id, status, created_at) VALUES ('JOIN', 'Matrix', "
                    + "'Applicant', ?, 'OTHER', 'US', ?, ?, 'PENDING', NOW(6))", "matrix." + affiliate
                    + "@example.org", affiliate, demo.typeId("Clinical"));
            return id("SELECT MAX(id) FROM membership_application WHERE affiliate_id = ?", affiliate);
        }

        private long id(String sql, Object... args) {
            Long id = jdbc.queryForObject(sql, Long.class, args);
            assertThat(id).as(role + ": " + sql + " " + Arrays.toString(args)).isNotNull();
            return id;
        }
    }

    /** A copy of a record with one component changed (so that new components need no change here). */
    static <R extends Record> R withComponent(R record, String name, Object value) {
        try {
            var components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(record);
            }
            @SuppressWarnings("unchecked")
            R copy = (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Service.method" → its parameters that name a record, for every guarded public service method. */
    private Map<String, Set<String>> idMethods() {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Object bean : services()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method m : publicMethods(type)) {
                if (!guarded(type, m)) {
                    continue;
                }
                Set<String> ids = new TreeSet<>();
                for (Parameter p : m.getParameters()) {
                    if ((p.getType() == long.class || p.getType() == Long.class)
                            && (p.getName().equals("id") || p.getName().endsWith("Id"))) {
                        ids.add(p.getName());
                    }
                }
                if (!ids.isEmpty()) {
                    found.computeIfAbsent(type.getSimpleName() + "." + m.getName(), k -> new TreeSet<>()).addAll(ids);
                }
            }
        }
        assertThat(found).as("parameter names are compiled in (-parameters)").isNotEmpty();
        return found;
    }

    private List<Method> methods(String name) {
        String[] parts = name.split("\\.");
        List<Method> found = new ArrayList<>();
        for (Object bean : services()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (type.getSimpleName().equals(parts[0])) {
                publicMethods(type).stream().filter(m -> m.getName().equals(parts[1])).forEach(found::add);
            }
        }
        assertThat(found).as(name).isNotEmpty();
        return found;
    }

    private Object bean(Method method) {
        return services().stream().filter(b -> AopUtils.getTargetClass(b) == method.getDeclaringClass())
                .findFirst().orElseThrow();
    }

    private List<Object> services() {
        List<Object> beans = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> declared = context.getType(name);
            if (declared == null) {
                continue;
            }
            Class<?> c = org.springframework.util.ClassUtils.getUserClass(declared);
            if (c.getPackageName().startsWith("org.collegium.") && c.getPackageName().contains(".service")
                    && Modifier.isPublic(c.getModifiers()) && (AnnotatedElementUtils.hasAnnotation(c, Service.class)
                            || AnnotatedElementUtils.hasAnnotation(c, Component.class))) {
                beans.add(context.getBean(name));
            }
        }
        return beans;
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())
                && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()).toList();
    }

    /** Guarded by method security (the rule on the method, or else on its class). */
    private static boolean guarded(Class<?> type, Method m) {
        for (var element : List.of(m, type)) {
            if (AnnotatedElementUtils.hasAnnotation(element, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(element, RolesAllowed.class)
                    || AnnotatedElementUtils.hasAnnotation(element, PermitAll.class)) {
                return true;
            }
        }
        return false;
    }
}
