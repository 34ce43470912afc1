package org.collegium.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.communications.domain.CommunicationStatus;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.domain.RecipientStatus;
import org.collegium.communications.service.CommunicationDelivery;
import org.collegium.communications.service.CommunicationRecords.CommunicationForm;
import org.collegium.communications.service.CommunicationRecords.RecipientRow;
import org.collegium.communications.service.CommunicationRecords.Rendered;
import org.collegium.communications.service.CommunicationRecords.SegmentForm;
import org.collegium.communications.service.CommunicationService;
import org.collegium.communications.service.MailConsentService;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupService;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.notifications.service.MailProperties;
import org.collegium.notifications.service.OutboxDelivery;
import org.collegium.notifications.service.OutboxOutcomeListener;
import org.collegium.accounts.service.DemoAccounts;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Issue 17: segments, scope, merge fields, rate, consent and unsubscribe, no double send, and real SMTP. */
@IntegrationTest
class CommunicationServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String BOARD = "board@example.org";

    @Autowired CommunicationService communications;
    @Autowired CommunicationDelivery delivery;
    @Autowired MailConsentService consent;
    @Autowired MemberService members;
    @Autowired GroupService groups;
    @Autowired DemoData demo;
    @Autowired Roles roles;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired OutboxMessageRepository outboxMessages;
    @Autowired TransactionTemplate transactions;
    @Autowired ObjectProvider<OutboxOutcomeListener> outcomeListeners;
    @Autowired WebApplicationContext web;

    private final String state = "T" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-03-02T15:00:00Z"));
        roles.actAs(BOARD, Role.BOARD);
    }

    @AfterEach
    void end() {
        roles.clear();
        clock.reset();
    }

    @Test
    void aSegmentIsTheMembersListsFiltersAndEachMemberIsPreparedOnceEvenAfterARestart() {
        long cgps = demo.affiliateId("CGPS");
        member("Ada", Discipline.PSYCHOLOGY, cgps);
        member("Bea", Discipline.SOCIAL_WORK, cgps);
        member("Cy", Discipline.SOCIAL_WORK, demo.affiliateId("AGPS"));
        assertThat(communications.recipientCount(segment(null, null))).isEqualTo(3);
        assertThat(communications.recipientCount(segment(cgps, null))).isEqualTo(2);
        assertThat(communications.recipientCount(segment(null, Discipline.SOCIAL_WORK))).isEqualTo(2);
        assertThat(communications.recipientCount(SegmentForm.membersWhere(MembershipStatus.LAPSED, null,
                null, state))).isZero();

        long id = communications.save(null, form("Hello {firstName}", "Dear {fullName}, your term ends {termEnds}.",
                segment(null, null), 600));
        communications.send(id, null, communications.load(id).form().version());
        assertThat(communications.load(id).status()).isEqualTo(CommunicationStatus.PREPARING);
        assertThatThrownBy(() -> communications.save(id, form("Changed", "x", segment(null, null), 600)))
                .isInstanceOf(BusinessRuleException.class);

        roles.clear(); // the job prepares as the author, whoever runs it
        delivery.prepare(id, (d, t) -> { });
        // a restart in the middle: the same message prepared again adds nobody twice
        jdbc.update("update communication set status = 'PREPARING' where id = ?", id);
        delivery.prepare(id, (d, t) -> { });
        roles.actAs(BOARD, Role.BOARD);
        assertThat(communications.recipientsListed(id)).isEqualTo(3);
        assertThat(communications.load(id).status()).isEqualTo(CommunicationStatus.SENDING);

        // handed over at most once each, whatever runs again
        clock.advance(Duration.ofMinutes(10));
        assertThat(delivery.handOver(id)).isEqualTo(3);
        assertThat(delivery.handOver(id)).isZero();
        assertThat(outboxCount(id)).isEqualTo(3);
        assertThat(communications.load(id).status()).isEqualTo(CommunicationStatus.SENT);
    }

    @Test
    void theRateLimitsHowManyAreHandedOverEachMinute() {
        for (int i = 0; i < 5; i++) {
            member("Rate" + i, Discipline.OTHER, null);
        }
        long id = communications.save(null, form("Rate", "Hello {firstName}", segment(null, null), 2));
        communications.send(id, null, communications.load(id).form().version());
        delivery.prepare(id, (d, t) -> { });
        assertThat(delivery.handOver(id)).isEqualTo(1); // one at once
        assertThat(delivery.handOver(id)).isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(delivery.handOver(id)).isEqualTo(1); // two a minute
        clock.advance(Duration.ofSeconds(60));
        assertThat(delivery.handOver(id)).isEqualTo(2);
        assertThat(communications.load(id).status()).isEqualTo(CommunicationStatus.SENDING);
        clock.advance(Duration.ofMinutes(5));
        assertThat(delivery.handOver(id)).isEqualTo(1);
        assertThat(communications.load(id).status()).isEqualTo(CommunicationStatus.SENT);
    }

    @Test
    void anUnknownMergeFieldIsRefusedByName() {
        assertThatThrownBy(() -> communications.save(null, form("Hi {firstName}", "Dear {nickname} and {pet}",
                segment(null, null), 600)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("body"))
                        .startsWith("Unknown merge fields {nickname}, {pet}."));
    }

    @Test
    void mergeFieldsAndMarkdownRenderForTheChosenRecipient() {
        long id = member("Merle", Discipline.OTHER, null);
        CommunicationForm f = form("For {firstName}", "**Hello** {firstName} <script>x</script>", segment(null, null),
                600);
        Rendered r = communications.preview(f, id);
        assertThat(r.subject()).isEqualTo("For Merle");
        assertThat(r.html()).contains("<strong>Hello</strong> Merle").doesNotContain("<script>")
                .contains("/unsubscribe/");
        assertThat(r.text()).contains("**Hello** Merle").contains("/my/mail");
        long outsider = member("Outsider", Discipline.OTHER, null);
        jdbc.update("update member set state = 'ZZ' where id = ?", outsider);
        assertThatThrownBy(() -> communications.preview(f, outsider)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAffiliateAdministratorReachesOnlyTheirAffiliatesMembers() {
        long cgps = demo.affiliateId("CGPS");
        long agps = demo.affiliateId("AGPS");
        member("Own", Discipline.OTHER, cgps);
        member("Other", Discipline.OTHER, agps);
        roles.actAs(DemoAccounts.AFFILIATE_ONLY, Role.AFFILIATE_ADMIN);
        assertThat(communications.recipientCount(segment(cgps, null))).isEqualTo(1);
        assertThatThrownBy(() -> communications.recipientCount(segment(agps, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> communications.recipientCount(segment(null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> communications.save(null, new CommunicationForm(MailKind.AFFILIATE_NEWS, "News", "x",
                segment(agps, null), 600, 0))).isInstanceOf(AccessDeniedException.class);
        assertThat(communications.kinds()).doesNotContain(MailKind.SOCIETY_NEWS);
        // a message of the board's is not theirs to open
        roles.actAs(BOARD, Role.BOARD);
        long boards = communications.save(null, form("Board only", "x", segment(null, null), 600));
        roles.actAs(DemoAccounts.AFFILIATE_ONLY, Role.AFFILIATE_ADMIN);
        assertThatThrownBy(() -> communications.load(boards)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> communications.cancel(boards)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFacilitatorReachesOnlyTheirOwnGroupsRosters() {
        roles.actAs("facilitator@example.org", Role.FACILITATOR);
        List<GroupSummary> all = groups.list(PageRequest.of(0, 200));
        GroupSummary own = all.stream().filter(GroupSummary::manages).findFirst().orElseThrow();
        GroupSummary foreign = all.stream().filter(g -> !g.manages()).findFirst().orElseThrow();
        assertThat(communications.recipientCount(SegmentForm.group(own.id()))).isGreaterThanOrEqualTo(0);
        assertThatThrownBy(() -> communications.recipientCount(SegmentForm.group(foreign.id())))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        assertThatThrownBy(() -> communications.recipientCount(segment(null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> communications.recipientCount(SegmentForm.event(1, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(communications.kinds()).containsExactly(MailKind.GROUP_ANNOUNCEMENTS);
    }

    @Test
    void aScheduledMessageStartsAtItsTimeAndCanBeCancelledBefore() {
        member("Sched", Discipline.OTHER, null);
        long id = communications.save(null, form("Later", "x", segment(null, null), 600));
        communications.send(id, clock.instant().plus(Duration.ofHours(2)), communications.load(id).form().version());
        assertThat(communications.load(id).status()).isEqualTo(CommunicationStatus.SCHEDULED);
        delivery.startDue();
        assertThat(communications.load(id).status()).isEqualTo(CommunicationStatus.SCHEDULED);
        communications.cancel(id);
        clock.advance(Duration.ofHours(3));
        delivery.startDue();
        assertThat(communications.load(id).status()).isEqualTo(CommunicationStatus.CANCELLED);

        long other = communications.save(null, form("At two", "x", segment(null, null), 600));
        communications.send(other, clock.instant().plus(Duration.ofMinutes(1)), 0);
        clock.advance(Duration.ofMinutes(2));
        delivery.startDue();
        assertThat(communications.load(other).status()).isEqualTo(CommunicationStatus.PREPARING);
        assertThatThrownBy(() -> communications.cancel(other)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theAnnouncementArrivesWithAOneClickUnsubscribeThatWorksWithoutSigningIn() throws Exception {
        member("Gina", Discipline.OTHER, null);
        member("Hal", Discipline.OTHER, null);
        long id = communications.save(null, form("News for {firstName}", "# News\n\nHello {firstName}.",
                segment(null, null), 600));
        communications.send(id, null, 0);
        delivery.prepare(id, (d, t) -> { });
        clock.advance(Duration.ofMinutes(1));
        assertThat(delivery.handOver(id)).isEqualTo(2);

        OutboxDelivery smtpDelivery = new OutboxDelivery(outboxMessages, provider(smtp.getSmtp().getPort()),
                new MailProperties("Collegium <portal@collegium.test>", 3, Duration.ofMinutes(1), 500),
                transactions, clock, outcomeListeners);
        smtpDelivery.deliverDue();
        MimeMessage gina = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).equals("News for Gina")).findFirst().orElseThrow();
        String header = gina.getHeader("List-Unsubscribe", null);
        assertThat(gina.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(GreenMailUtil.getBody(gina)).contains("text/html").contains("text/plain");
        Matcher link = Pattern.compile("<https?://[^/]+(/unsubscribe/[^>]+)>").matcher(header);
        assertThat(link.matches()).as(header).isTrue();
        assertThat(communications.recipients(id, PageRequest.of(0, 10))).extracting(RecipientRow::status)
                .containsOnly(RecipientStatus.SENT);

        // a mail client's one-click POST: no session, no CSRF token
        roles.clear();
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        http.perform(get(link.group(1))).andExpect(status().isSeeOther());
        // a link cut short: the stranger lands on the page that says it is not valid (not the sign-in page)
        http.perform(get("/unsubscribe/confirm")).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/unsubscribe/confirm/confirm"));
        http.perform(post(link.group(1)).contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
        http.perform(post("/unsubscribe/12-0.forged")).andExpect(status().isNotFound());
        http.perform(post("/unsubscribe/nonsense")).andExpect(status().isNotFound());
        Long gid = jdbc.queryForObject("select id from member where state = ? and first_name = 'Gina'", Long.class,
                state);
        assertThat(jdbc.queryForObject("select count(*) from mail_opt_out where member_id = ? and kind = ?",
                Integer.class, gid, MailKind.SOCIETY_NEWS.name())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MAIL_UNSUBSCRIBED' "
                + "and entity_id = ?", Integer.class, String.valueOf(gid))).isEqualTo(1);

        // the next announcement of that kind skips her at once; Hal still gets it
        roles.actAs(BOARD, Role.BOARD);
        long next = communications.save(null, form("Second", "Again", segment(null, null), 600));
        communications.send(next, null, 0);
        delivery.prepare(next, (d, t) -> { });
        clock.advance(Duration.ofMinutes(1));
        delivery.handOver(next);
        assertThat(communications.load(next).totals().skipped()).isEqualTo(1);
        assertThat(communications.recipients(next, PageRequest.of(0, 10)))
                .anySatisfy(r -> {
                    assertThat(r.name()).startsWith("Gina");
                    assertThat(r.status()).isEqualTo(RecipientStatus.SKIPPED);
                });
        assertThat(consent.unsubscribeLink("garbage")).isEmpty();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static ObjectProvider<JavaMailSender> provider(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return beans.getBeanProvider(JavaMailSender.class);
    }

    private long outboxCount(long communicationId) {
        return jdbc.queryForObject("select count(*) from outbox_message o join communication_recipient r "
                + "on o.tag = concat('communication-recipient:', r.id) where r.communication_id = ?", Long.class,
                communicationId);
    }

    private SegmentForm segment(Long affiliateId, Discipline discipline) {
        return SegmentForm.membersWhere(null, affiliateId, discipline, state);
    }

    private static CommunicationForm form(String subject, String body, SegmentForm segment, int rate) {
        return new CommunicationForm(MailKind.SOCIETY_NEWS, subject, body, segment, rate, 0);
    }

    private long member(String first, Discipline discipline, Long affiliateId) {
        var before = roles.as(BOARD, Role.BOARD, () -> members.create(new MemberForm(first, "Comms" + state,
                first.toLowerCase() + "." + state.toLowerCase() + "@example.org", null, null, discipline, null, null,
                null, null, state, null, "US", affiliateId, false, false, null, 0)));
        return before.id();
    }
}
