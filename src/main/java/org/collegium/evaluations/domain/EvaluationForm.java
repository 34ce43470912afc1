package org.collegium.evaluations.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.collegium.base.domain.AuditedEntity;

/** An event's evaluation form: its questions, and whether the event's certificates wait for it. */
@Entity
@Table(name = "evaluation_form")
public class EvaluationForm extends AuditedEntity {

    @Column(nullable = false)
    private long eventId;
    private boolean certificateWaits;
    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EvaluationQuestion> questions = new ArrayList<>();

    protected EvaluationForm() {
    }

    /** A form with the default questions. */
    public EvaluationForm(long eventId) {
        this.eventId = eventId;
        for (Preset p : Preset.defaults()) {
            questions.add(new EvaluationQuestion(this, questions.size() + 1, p.kind(), p, null));
        }
    }

    /** Replaces the questions (only while nobody has answered: checked by the service). */
    public void replaceQuestions(List<EvaluationQuestion.Draft> drafts) {
        questions.clear();
        for (EvaluationQuestion.Draft d : drafts) {
            questions.add(new EvaluationQuestion(this, questions.size() + 1, d.kind(), d.preset(), d.text()));
        }
    }

    public void setCertificateWaits(boolean certificateWaits) {
        this.certificateWaits = certificateWaits;
    }

    public long getEventId() {
        return eventId;
    }

    public boolean isCertificateWaits() {
        return certificateWaits;
    }

    public List<EvaluationQuestion> getQuestions() {
        return questions;
    }
}
