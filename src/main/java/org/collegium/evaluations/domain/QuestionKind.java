package org.collegium.evaluations.domain;

import org.collegium.base.i18n.Messages;

/** What an evaluation question asks for: a rating from 1 (poor) to 5 (excellent), or a free comment. */
public enum QuestionKind {
    RATING, COMMENT;

    /** The label in the current person's language. */
    public String label() {
        return Messages.t("evaluations.kind." + name());
    }
}
