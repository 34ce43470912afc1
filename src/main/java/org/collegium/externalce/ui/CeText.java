package org.collegium.externalce.ui;

import java.util.stream.Collectors;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Formats;
import org.collegium.base.service.SocietyClock;
import org.collegium.credentials.domain.CeTopic;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeLine;

/** How an external CE record reads in a list: its second line of facts, its status with the board's note. */
final class CeText {

    private CeText() {
    }

    static String facts(ExternalCeLine l, SocietyClock clock) {
        String topics = l.topics().stream().map(CeTopic::label).collect(Collectors.joining(", "));
        return Messages.t("externalce.line.facts", l.provider(), clock.formatShortDate(l.earnedOn()),
                Formats.decimal(l.hours(), 2), l.formality().label(), l.delivery().label())
                + (topics.isEmpty() ? "" : " · " + topics);
    }

    static String status(ExternalCeLine l) {
        String status = Messages.t("externalce.status." + l.status().name());
        return l.reviewNote() == null ? status : Messages.t("externalce.status.with-note", status, l.reviewNote());
    }
}
