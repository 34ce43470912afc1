package org.collegium.evaluations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One question of an evaluation form: a default one (its words in the reader's language) or the editor's own. */
@Entity
@Table(name = "evaluation_question")
public class EvaluationQuestion {

    /** A question as the editor sets it: a preset kept as it is, or their own words. */
    public record Draft(QuestionKind kind, Preset preset, String text) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id")
    private EvaluationForm form;
    @Column(nullable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;
    @Enumerated(EnumType.STRING)
    private Preset preset;
    private String text;

    protected EvaluationQuestion() {
    }

    EvaluationQuestion(EvaluationForm form, int position, QuestionKind kind, Preset preset, String text) {
        this.form = form;
        this.position = position;
        this.kind = kind;
        this.preset = preset;
        this.text = preset == null ? text : null;
    }

    /** The question as the current person reads it. */
    public String wording() {
        return preset != null ? preset.wording() : text;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public Preset getPreset() {
        return preset;
    }

    public String getText() {
        return text;
    }
}
