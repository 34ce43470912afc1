package org.collegium.evaluations.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collegium.accounts.service.AccountScopes;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.AuditLog;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Changes;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.base.service.FieldErrors;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.Text;
import org.collegium.evaluations.domain.EvaluationForm;
import org.collegium.evaluations.domain.EvaluationFormRepository;
import org.collegium.evaluations.domain.EvaluationQuestion;
import org.collegium.evaluations.domain.EvaluationSubmission;
import org.collegium.evaluations.domain.EvaluationSubmissionRepository;
import org.collegium.evaluations.domain.Preset;
import org.collegium.evaluations.domain.QuestionKind;
import org.collegium.events.domain.EventStatus;
import org.collegium.events.service.EventFacts;
import org.collegium.events.service.EventFacts.Facts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events' evaluation forms (issue 16, the sponsor's side). Whoever manages an event sets its questions (the
 * default set until they change it; fixed once anyone has answered) and whether its certificates wait for the
 * evaluation, and reads the anonymous summary. A member who attended fills it in once, after the event has ended.
 *
 * <p>Anonymity: the fact "this member submitted" (evaluation_submission) and the answers (evaluation_response,
 * keyed by a random UUID, with no member and no time) are written apart and never joined; the summary shows
 * aggregates and comments only, comments in alphabetical order (not the order they came in).
 */
@Service
@Transactional
public class EvaluationService {

    /** The most questions a form has. */
    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_QUESTION_LENGTH = 500;
    public static final int MAX_COMMENT_LENGTH = 2000;

    /** One question as people read it; {@code preset} is set while it is a default question in its own words. */
    public record Question(long id, QuestionKind kind, Preset preset, String wording) {
    }

    /** A form as its editor sees it; {@code locked}: someone has answered, so the questions stay as they are. */
    public record FormView(long eventId, String eventTitle, boolean certificateWaits, boolean locked,
            int submissions, List<Question> questions, long version) {
    }

    /**
     * A question as the editor sends it back: {@code id} of the existing one it was (or null), its kind and words
     * (a default question whose words are unchanged stays a default one, read in each person's language).
     */
    public record QuestionEdit(Long id, QuestionKind kind, String text) {
    }

    /** What a member sees in their list: an evaluation they can fill in, or have. */
    public record MyEvaluation(long eventId, String title, Instant endsAt, ZoneId zone, boolean submitted,
            boolean certificateWaits) {
    }

    /** A member's answer to one question: a rating (1–5) or a comment. */
    public record Answer(Integer rating, String comment) {
    }

    /** One rating question's figures: how many answered, each score's count (index 0 is 1), the average. */
    public record RatingSummary(long questionId, String wording, int answered, int[] counts, Double average) {
    }

    /** One comment question's comments, with nobody's name, in alphabetical order. */
    public record CommentSummary(long questionId, String wording, List<String> comments) {
    }

    public record Summary(long eventId, String eventTitle, int submissions, List<RatingSummary> ratings,
            List<CommentSummary> comments) {
    }

    private final EvaluationFormRepository forms;
    private final EvaluationSubmissionRepository submissions;
    private final JdbcTemplate jdbc;
    private final EventFacts events;
    private final AccountScopes scopes;
    private final AuditLog auditLog;
    private final Clock clock;

    EvaluationService(EvaluationFormRepository forms, EvaluationSubmissionRepository submissions, JdbcTemplate jdbc,
            EventFacts events, AccountScopes scopes, AuditLog auditLog, Clock clock) {
        this.forms = forms;
        this.submissions = submissions;
        this.jdbc = jdbc;
        this.events = events;
        this.scopes = scopes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The event's form (the default questions when nobody has set any), for one who manages the event. */
    @PreAuthorize(Access.RECORD_EDITORS)
    public FormView form(long eventId) {
        Facts event = events.managed(eventId);
        return view(event, formOf(eventId));
    }

    /**
     * Saves the questions and the certificate rule. Once anyone has answered, only the certificate rule changes
     * (changing the questions would garble the answers already given).
     */
    @PreAuthorize(Access.RECORD_EDITORS)
    public FormView save(long eventId, boolean certificateWaits, List<QuestionEdit> questions, long version) {
        Facts event = events.managed(eventId);
        EvaluationForm form = formOf(eventId);
        ConcurrentEditException.check(form.getVersion(), version, Messages.t("evaluations.form.what"));
        boolean locked = submissions.countByEventId(eventId) > 0;
        List<EvaluationQuestion.Draft> drafts = locked ? null : drafts(form, questions);
        Changes changes = new Changes().track("certificateWaits", form.isCertificateWaits(), certificateWaits);
        form.setCertificateWaits(certificateWaits);
        if (drafts != null) {
            changes.track("questions", form.getQuestions().size(), drafts.size());
            form.replaceQuestions(drafts);
        }
        forms.saveAndFlush(form);
        auditLog.record("EVALUATION_FORM_SAVED", "Event", eventId, event.title(), changes);
        return view(event, form);
    }

    /** Puts the default questions back (while nobody has answered). */
    @PreAuthorize(Access.RECORD_EDITORS)
    public FormView useDefaults(long eventId, long version) {
        Facts event = events.managed(eventId);
        EvaluationForm form = formOf(eventId);
        ConcurrentEditException.check(form.getVersion(), version, Messages.t("evaluations.form.what"));
        if (submissions.countByEventId(eventId) > 0) {
            throw new BusinessRuleException(Messages.t("evaluations.form.locked"));
        }
        form.replaceQuestions(Preset.defaults().stream()
                .map(p -> new EvaluationQuestion.Draft(p.kind(), p, null)).toList());
        forms.saveAndFlush(form);
        auditLog.record("EVALUATION_FORM_DEFAULTS", "Event", eventId, event.title(), new Changes());
        return view(event, form);
    }

    /** The anonymous summary: per rating question the average and the counts, and the comments, nobody's name. */
    @PreAuthorize(Access.RECORD_EDITORS)
    @Transactional(readOnly = true)
    public Summary summary(long eventId) {
        Facts event = events.managed(eventId);
        List<EvaluationQuestion> questions = forms.findByEvent(eventId).map(EvaluationForm::getQuestions)
                .orElse(List.of());
        Map<Long, int[]> counts = new LinkedHashMap<>();
        jdbc.query("""
                select a.question_id, a.rating, count(*) from evaluation_answer a
                join evaluation_response r on r.id = a.response_id
                where r.event_id = ? and a.rating is not null group by a.question_id, a.rating""", rs -> {
            counts.computeIfAbsent(rs.getLong(1), q -> new int[5])[rs.getInt(2) - 1] = rs.getInt(3);
        }, eventId);
        Map<Long, List<String>> comments = new LinkedHashMap<>();
        jdbc.query("""
                select a.question_id, a.comment from evaluation_answer a
                join evaluation_response r on r.id = a.response_id
                where r.event_id = ? and a.comment is not null order by a.question_id, a.comment""", rs -> {
            comments.computeIfAbsent(rs.getLong(1), q -> new ArrayList<>()).add(rs.getString(2));
        }, eventId);
        List<RatingSummary> ratings = new ArrayList<>();
        List<CommentSummary> said = new ArrayList<>();
        for (EvaluationQuestion q : questions) {
            if (q.getKind() == QuestionKind.RATING) {
                int[] c = counts.getOrDefault(q.getId(), new int[5]);
                int answered = 0;
                long sum = 0;
                for (int i = 0; i < 5; i++) {
                    answered += c[i];
                    sum += (long) c[i] * (i + 1);
                }
                ratings.add(new RatingSummary(q.getId(), q.wording(), answered, c,
                        answered == 0 ? null : (double) sum / answered));
            } else {
                said.add(new CommentSummary(q.getId(), q.wording(), comments.getOrDefault(q.getId(), List.of())));
            }
        }
        return new Summary(eventId, event.title(), (int) submissions.countByEventId(eventId), ratings, said);
    }

    /** The signed-in member's evaluations: events they attended that have ended, latest first. */
    @PreAuthorize(Access.IS_MEMBER)
    @Transactional(readOnly = true)
    public List<MyEvaluation> mine() {
        long me = me();
        List<Facts> attended = events.attendedEnded(me, clock.instant(), 100);
        if (attended.isEmpty()) {
            return List.of();
        }
        List<Long> ids = attended.stream().map(Facts::id).toList();
        Set<Long> done = new HashSet<>(submissions.submittedOf(me, ids));
        Set<Long> waiting = new HashSet<>(forms.waitingAmong(ids));
        return attended.stream().map(e -> new MyEvaluation(e.id(), e.title(), e.endsAt(), e.zone(),
                done.contains(e.id()), waiting.contains(e.id()))).toList();
    }

    /** The questions the signed-in member is to answer for an event they attended, once it has ended. */
    @PreAuthorize(Access.IS_MEMBER)
    public List<Question> questionnaire(long eventId) {
        long me = me();
        checkMayAnswer(eventId, me);
        return formOf(eventId).getQuestions().stream().map(EvaluationService::question).toList();
    }

    /**
     * Submits the signed-in member's evaluation: every rating question rated 1 to 5, comments optional. Recorded
     * once; the answers are stored with no member, no time and a random key.
     */
    @PreAuthorize(Access.IS_MEMBER)
    public void submit(long eventId, Map<Long, Answer> answers) {
        long me = me();
        checkMayAnswer(eventId, me);
        EvaluationForm form = formOf(eventId);
        FieldErrors errors = new FieldErrors();
        Map<Long, Answer> given = answers == null ? Map.of() : answers;
        for (EvaluationQuestion q : form.getQuestions()) {
            Answer a = given.get(q.getId());
            String field = "q" + q.getId();
            if (q.getKind() == QuestionKind.RATING) {
                if (a == null || a.rating() == null) {
                    errors.add(field, Messages.t("evaluations.answer.rating-required"));
                } else if (a.rating() < 1 || a.rating() > 5) {
                    errors.add(field, Messages.t("evaluations.answer.rating-range"));
                }
            } else if (a != null) {
                errors.maxLength(field, a.comment(), Messages.t("evaluations.answer.comment"), MAX_COMMENT_LENGTH);
            }
        }
        errors.throwIfAny();
        try {
            submissions.saveAndFlush(new EvaluationSubmission(eventId, me, clock.instant()));
        } catch (DataIntegrityViolationException twice) { // two tabs at once: the unique key answers
            throw new BusinessRuleException(Messages.t("evaluations.answer.already"));
        }
        String response = UUID.randomUUID().toString();
        jdbc.update("insert into evaluation_response (id, event_id) values (?, ?)", response, eventId);
        for (EvaluationQuestion q : form.getQuestions()) {
            Answer a = given.get(q.getId());
            if (a == null) {
                continue;
            }
            Integer rating = q.getKind() == QuestionKind.RATING ? a.rating() : null;
            String comment = q.getKind() == QuestionKind.COMMENT ? Text.clean(a.comment()) : null;
            if (rating != null || comment != null) {
                jdbc.update("insert into evaluation_answer (response_id, question_id, rating, comment) "
                        + "values (?, ?, ?, ?)", response, q.getId(), rating, comment);
            }
        }
        // the log says that an evaluation came in, not whose: the submission row is the member's own record
        auditLog.record("EVALUATION_SUBMITTED", "Event", eventId, "An evaluation was submitted", new Changes());
    }

    private void checkMayAnswer(long eventId, long memberId) {
        Facts event = events.find(eventId)
                .orElseThrow(() -> new NotFoundException(Messages.t("evaluations.not-found.event")));
        if (!events.attended(eventId, memberId)) {
            throw new NotFoundException(Messages.t("evaluations.not-found.event")); // not theirs to evaluate
        }
        if (event.status() == EventStatus.CANCELLED) {
            throw new BusinessRuleException(Messages.t("evaluations.answer.cancelled"));
        }
        if (event.endsAt().isAfter(clock.instant())) {
            throw new BusinessRuleException(Messages.t("evaluations.answer.not-ended"));
        }
        if (submissions.existsByEventIdAndMemberId(eventId, memberId)) {
            throw new BusinessRuleException(Messages.t("evaluations.answer.already"));
        }
    }

    /** The event's form, made with the default questions the first time it is needed. */
    private EvaluationForm formOf(long eventId) {
        return forms.findByEvent(eventId).orElseGet(() -> {
            try {
                return forms.saveAndFlush(new EvaluationForm(eventId));
            } catch (DataIntegrityViolationException raced) {
                return forms.findByEvent(eventId).orElseThrow();
            }
        });
    }

    private List<EvaluationQuestion.Draft> drafts(EvaluationForm form, List<QuestionEdit> edits) {
        FieldErrors errors = new FieldErrors();
        List<QuestionEdit> list = edits == null ? List.of() : edits;
        if (list.isEmpty()) {
            errors.add("questions", Messages.t("evaluations.form.none"));
        } else if (list.size() > MAX_QUESTIONS) {
            errors.add("questions", Messages.t("evaluations.form.too-many", MAX_QUESTIONS));
        }
        Map<Long, EvaluationQuestion> existing = new LinkedHashMap<>();
        form.getQuestions().forEach(q -> existing.put(q.getId(), q));
        List<EvaluationQuestion.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            QuestionEdit e = list.get(i);
            String field = "question" + i;
            if (e.kind() == null) {
                errors.add(field, Messages.t("evaluations.form.kind-required"));
                continue;
            }
            errors.require(field, e.text(), Messages.t("evaluations.form.question"), MAX_QUESTION_LENGTH);
            EvaluationQuestion was = e.id() == null ? null : existing.get(e.id());
            String text = Text.clean(e.text());
            if (was != null && was.getPreset() != null && was.getKind() == e.kind() && text != null
                    && text.equals(was.wording())) {
                drafts.add(new EvaluationQuestion.Draft(e.kind(), was.getPreset(), null)); // still the default
            } else {
                drafts.add(new EvaluationQuestion.Draft(e.kind(), null, text));
            }
        }
        errors.throwIfAny();
        return drafts;
    }

    private FormView view(Facts event, EvaluationForm form) {
        return new FormView(event.id(), event.title(), form.isCertificateWaits(),
                submissions.countByEventId(event.id()) > 0, (int) submissions.countByEventId(event.id()),
                form.getQuestions().stream().map(EvaluationService::question).toList(), form.getVersion());
    }

    private static Question question(EvaluationQuestion q) {
        return new Question(q.getId(), q.getKind(), q.getPreset(), q.wording());
    }

    private long me() {
        return scopes.currentMemberId()
                .orElseThrow(() -> new BusinessRuleException(Messages.t("evaluations.not-linked")));
    }
}
