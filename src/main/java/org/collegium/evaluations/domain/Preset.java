package org.collegium.evaluations.domain;

import java.util.List;
import org.collegium.base.i18n.Messages;

/**
 * The default evaluation questions (what CE sponsors are usually asked to collect): an event's form starts with
 * them; their words come from the reader's language until the editor rewrites one.
 */
public enum Preset {
    OBJECTIVES(QuestionKind.RATING), RELEVANCE(QuestionKind.RATING), PRESENTERS(QuestionKind.RATING),
    SETTING(QuestionKind.RATING), COMMENTS(QuestionKind.COMMENT);

    private final QuestionKind kind;

    Preset(QuestionKind kind) {
        this.kind = kind;
    }

    public QuestionKind kind() {
        return kind;
    }

    /** The question in the current person's language. */
    public String wording() {
        return Messages.t("evaluations.preset." + name());
    }

    public static List<Preset> defaults() {
        return List.of(values());
    }
}
