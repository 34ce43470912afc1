package org.collegium.listings.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.listings.service.ListingRecords.ListingDetails;

/** A listing's facts in words, for the search results and its page. */
final class ListingText {

    private ListingText() {
    }

    static String languages(List<String> codes) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Messages.current());
            names.add(name.isEmpty() ? code : name);
        }
        return String.join(", ", names);
    }

    static String cost(ListingDetails l) {
        if (l.free()) {
            return Messages.t("listings.cost.free");
        }
        String fee = Messages.t("listings.cost.per-session", Formats.money(l.fee()));
        return l.slidingScale() ? fee + " · " + Messages.t("listings.cost.sliding") : fee;
    }

    static String place(ListingDetails l) {
        String where = Messages.t("listings.format." + l.format().name());
        if (l.format().inPerson() && l.city() != null) {
            where += " · " + l.city() + ", " + l.state();
        }
        if (l.format().online() && !l.servedStates().isEmpty()) {
            where += " · " + Messages.t("listings.serves", String.join(", ", l.servedStates()));
        }
        return where;
    }

    static String access(ListingDetails l) {
        List<String> parts = new ArrayList<>();
        if (l.stepFree()) {
            parts.add(Messages.t("listings.access.step-free"));
        }
        if (l.captioning()) {
            parts.add(Messages.t("listings.access.captioning"));
        }
        if (l.interpreters()) {
            parts.add(Messages.t("listings.access.interpreters"));
        }
        return String.join(", ", parts);
    }

    static String summary(ListingDetails l) {
        return place(l) + " · " + languages(l.languages()) + " · " + cost(l) + " · "
                + Messages.t("listings.intake." + l.intake().name());
    }

    static String facilitator(ListingDetails l) {
        return l.credentials() == null ? l.facilitator() : l.facilitator() + ", " + l.credentials();
    }
}
