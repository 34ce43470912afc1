package org.collegium.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.evaluations.domain.QuestionKind;
import org.collegium.evaluations.service.EvaluationService;
import org.collegium.evaluations.service.EvaluationService.Answer;
import org.collegium.evaluations.service.EvaluationService.FormView;
import org.collegium.evaluations.service.EvaluationService.Question;
import org.collegium.evaluations.service.EvaluationService.QuestionEdit;
import org.collegium.evaluations.service.EvaluationService.Summary;
import org.collegium.evaluations.service.SponsorStatementService;
import org.collegium.evaluations.service.SponsorStatementService.Statement;
import org.collegium.events.EventFixtures;
import org.collegium.events.domain.CeType;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.AttendanceService;
import org.collegium.events.service.AttendanceService.RosterEntry;
import org.collegium.events.service.CeService;
import org.collegium.events.service.EventService;
import org.collegium.events.service.RegistrationService;
import org.collegium.support.IntegrationTest;
import org.collegium.support.MutableClock;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 16, the sponsor's side: an event's evaluation (the default questions or its own), filled in once by an
 * attendee after it ends, anonymous in storage and in the summary; a certificate that waits for it; the sponsor's
 * statement on the certificate PDF.
 */
@IntegrationTest
class EvaluationsTest {

    private static final String MEMBER = "member@example.org";
    private static final String AFFILIATE_MEMBER = "affiliate@example.org";

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired CeService ce;
    @Autowired EvaluationService evaluations;
    @Autowired SponsorStatementService statements;
    @Autowired MutableClock clock;
    @Autowired Roles roles;
    @Autowired JdbcTemplate jdbc;
    EventFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EventFixtures(events, roles);
    }

    @AfterEach
    void clear() {
        roles.clear();
        clock.reset();
    }

    @Test
    void anAttendeeEvaluatesOnceAfterTheEventAndTheBoardReadsOnlyAnonymousFigures() {
        long eventId = fixtures.publish(EventFixtures.training("Evaluated " + EventFixtures.tag(), 10, null));
        long mine = register(MEMBER, eventId);
        long theirs = register(AFFILIATE_MEMBER, eventId);
        long absent = register("facilitator@example.org", eventId);
        Instant start = fixtures.startOf(eventId);
        clock.set(start.plus(Duration.ofMinutes(5)));
        roles.actAs("board@example.org", Role.BOARD);
        attendance.mark(mine, RegistrationStatus.ATTENDED);
        attendance.mark(theirs, RegistrationStatus.ATTENDED);
        attendance.mark(absent, RegistrationStatus.NO_SHOW);

        FormView form = evaluations.form(eventId);
        assertThat(form.questions()).extracting(Question::kind).containsExactly(QuestionKind.RATING,
                QuestionKind.RATING, QuestionKind.RATING, QuestionKind.RATING, QuestionKind.COMMENT);
        assertThat(form.questions()).allSatisfy(q -> assertThat(q.preset()).isNotNull());
        // the editor rewrites one question, keeps the others as they read, and adds one
        List<QuestionEdit> edits = new ArrayList<>();
        for (Question q : form.questions()) {
            edits.add(new QuestionEdit(q.id(), q.kind(), q == form.questions().getFirst()
                    ? "The case examples helped me." : q.wording()));
        }
        edits.add(new QuestionEdit(null, QuestionKind.COMMENT, "What should the next training cover?"));
        form = evaluations.save(eventId, false, edits, form.version());
        assertThat(form.questions()).hasSize(6);
        assertThat(form.questions().getFirst().preset()).isNull();
        assertThat(form.questions().get(1).preset()).as("unchanged words stay a default question").isNotNull();

        // during the event: not yet
        roles.actAs(MEMBER, Role.MEMBER);
        assertThatThrownBy(() -> evaluations.questionnaire(eventId)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("not ended");
        assertThat(evaluations.mine()).noneMatch(e -> e.eventId() == eventId);

        clock.set(fixtures.startOf(eventId).plus(Duration.ofHours(8)));
        assertThat(evaluations.mine()).anyMatch(e -> e.eventId() == eventId && !e.submitted());
        List<Question> questions = evaluations.questionnaire(eventId);
        assertThatThrownBy(() -> evaluations.submit(eventId, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("q" + questions.getFirst().id()));
        evaluations.submit(eventId, answers(questions, 5, "Loved the role plays."));
        assertThat(evaluations.mine()).anyMatch(e -> e.eventId() == eventId && e.submitted());
        assertThatThrownBy(() -> evaluations.submit(eventId, answers(questions, 1, "again")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already");

        roles.actAs(AFFILIATE_MEMBER, Role.MEMBER);
        evaluations.submit(eventId, answers(questions, 2, "Too long a day."));
        roles.actAs("facilitator@example.org", Role.MEMBER); // registered, not attended
        assertThatThrownBy(() -> evaluations.questionnaire(eventId)).isInstanceOf(NotFoundException.class);

        roles.actAs("board@example.org", Role.BOARD);
        Summary summary = evaluations.summary(eventId);
        assertThat(summary.submissions()).isEqualTo(2);
        assertThat(summary.ratings().getFirst().average()).isEqualTo(3.5);
        assertThat(summary.ratings().getFirst().counts()).containsExactly(0, 1, 0, 0, 1);
        assertThat(summary.comments().getFirst().comments()).containsExactly("Loved the role plays.",
                "Too long a day.");
        // nothing in the answers names anyone or says when
        assertThat(jdbc.queryForList("select * from evaluation_response r join evaluation_answer a "
                + "on a.response_id = r.id where r.event_id = ?", eventId)).allSatisfy(row -> assertThat(
                        row.keySet()).doesNotContain("member_id", "MEMBER_ID", "submitted_at", "SUBMITTED_AT"));
        // answered: the questions are fixed, the certificate rule is not
        FormView locked = evaluations.form(eventId);
        assertThat(locked.locked()).isTrue();
        evaluations.save(eventId, true, List.of(new QuestionEdit(null, QuestionKind.COMMENT, "Only this")),
                locked.version());
        assertThat(evaluations.form(eventId).questions()).hasSize(6);
        assertThat(evaluations.form(eventId).certificateWaits()).isTrue();
        assertThatThrownBy(() -> evaluations.useDefaults(eventId, evaluations.form(eventId).version()))
                .isInstanceOf(BusinessRuleException.class);

        // a member never reads the summary or edits the form
        roles.actAs(MEMBER, Role.MEMBER);
        assertThatThrownBy(() -> evaluations.summary(eventId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.form(eventId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCertificateThatWaitsIsReleasedOnceTheEvaluationIsInAndCarriesTheSponsorStatement() throws Exception {
        long eventId = fixtures.publish(EventFixtures.training("Waits " + EventFixtures.tag(), 10, null));
        long mine = register(MEMBER, eventId);
        clock.set(fixtures.startOf(eventId).plus(Duration.ofMinutes(5)));
        roles.actAs("board@example.org", Role.BOARD);
        attendance.mark(mine, RegistrationStatus.ATTENDED);
        long creditId = attendance.roster(eventId, null, "").entries().stream()
                .filter(e -> e.registrationId() == mine).map(RosterEntry::creditId).findFirst().orElseThrow();
        FormView form = evaluations.form(eventId);
        evaluations.save(eventId, true, form.questions().stream()
                .map(q -> new QuestionEdit(q.id(), q.kind(), q.wording())).toList(), form.version());

        roles.actAs("admin@example.org", Role.ADMIN);
        Statement before = statements.all().stream().filter(s -> s.type() == CeType.APA).findFirst().orElseThrow();
        String approval = "Test Society is approved by the American Psychological Association " + EventFixtures.tag();
        Statement saved = statements.save(CeType.APA, approval, before.version());
        try {
            clock.set(fixtures.startOf(eventId).plus(Duration.ofHours(8)));
            roles.actAs(MEMBER, Role.MEMBER);
            assertThat(ce.withheldCertificates()).containsKey(creditId);
            assertThatThrownBy(() -> ce.certificate(creditId)).isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("evaluation");
            // the organisers still have it (they are the sponsor)
            roles.actAs("board@example.org", Role.BOARD);
            assertThat(text(attendance.certificate(creditId).content())).contains("approved by the American");

            roles.actAs(MEMBER, Role.MEMBER);
            evaluations.submit(eventId, answers(evaluations.questionnaire(eventId), 4, null));
            assertThat(ce.withheldCertificates()).doesNotContainKey(creditId);
            String pdf = text(ce.certificate(creditId).content());
            assertThat(pdf.replaceAll("\\s+", " ")).contains(approval);
        } finally {
            roles.actAs("admin@example.org", Role.ADMIN);
            statements.save(CeType.APA, before.statement(), saved.version());
        }
    }

    @Test
    void onlyAnAdministratorSetsSponsorStatementsAndTheirLengthIsChecked() {
        roles.actAs("board@example.org", Role.BOARD);
        assertThatThrownBy(() -> statements.all()).isInstanceOf(AccessDeniedException.class);
        roles.actAs("admin@example.org", Role.ADMIN);
        Statement nbcc = statements.all().stream().filter(s -> s.type() == CeType.NBCC).findFirst().orElseThrow();
        assertThatThrownBy(() -> statements.save(CeType.NBCC, "x".repeat(SponsorStatementService.MAX_LENGTH + 1),
                nbcc.version())).isInstanceOf(InvalidInputException.class);
    }

    private static Map<Long, Answer> answers(List<Question> questions, int rating, String comment) {
        Map<Long, Answer> answers = new HashMap<>();
        boolean first = true;
        for (Question q : questions) {
            if (q.kind() == QuestionKind.RATING) {
                answers.put(q.id(), new Answer(rating, null));
            } else if (first) {
                answers.put(q.id(), new Answer(null, comment));
                first = false;
            }
        }
        return answers;
    }

    private long register(String email, long eventId) {
        roles.actAs(email, Role.MEMBER);
        try {
            return registrations.register(eventId, List.of()).getFirst().registrationId();
        } finally {
            roles.clear();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
