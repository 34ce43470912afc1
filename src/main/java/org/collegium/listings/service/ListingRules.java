package org.collegium.listings.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.Text;
import org.collegium.listings.domain.GroupListing;
import org.collegium.listings.domain.ListingFormat;
import org.collegium.listings.service.ListingRecords.Enquiry;
import org.collegium.listings.service.ListingRecords.ListingForm;

/**
 * Every field of a listing and of an enquiry checked, each with its own message in the writer's language: the
 * shared input rules (no hidden characters, money as dollars and cents) and the listing's own.
 */
final class ListingRules {

    static final BigDecimal MAX_FEE = new BigDecimal("1000.00");
    static final int MAX_MESSAGE = 1500;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private final Map<String, String> errors = new LinkedHashMap<>();

    private ListingRules() {
    }

    private void add(String field, String key, Object... args) {
        errors.putIfAbsent(field, Messages.t(key, args));
    }

    private String label(String field) {
        return Messages.t("listings.field." + field);
    }

    /** Cleaned text, or null; the field's message when it is missing, too long or holds a hidden character. */
    private String text(String field, String value, boolean required, int max) {
        if (Text.hasHiddenCharacters(value)) {
            add(field, "listings.error.hidden", label(field));
        }
        String clean = Text.clean(value);
        if (clean == null) {
            if (required) {
                add(field, "listings.error.required", label(field));
            }
            return null;
        }
        if (clean.length() > max) {
            add(field, "listings.error.too-long", label(field), max);
        }
        return clean;
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Checks the form and writes it into the listing (only when all of it is valid). */
    static void apply(ListingForm f, GroupListing listing) {
        ListingRules r = new ListingRules();
        String title = r.text("title", f.title(), true, 150);
        String focus = r.text("focus", f.focus(), true, 1000);
        String audience = r.text("audience", f.audience(), false, 500);
        String approach = r.text("approach", f.approach(), false, 1000);
        String insurance = r.text("insurance", f.insurance(), false, 300);
        String transport = r.text("transportNotes", f.transportNotes(), false, 500);
        String schedule = r.text("schedule", f.schedule(), true, 300);
        String city = r.text("city", f.city(), false, 100);
        ListingFormat format = f.format();
        if (format == null) {
            r.add("format", "listings.error.required", r.label("format"));
        }
        String state = null;
        String typedState = r.text("state", f.state(), false, 2);
        if (typedState != null) {
            state = UsStates.code(typedState);
            if (state == null) {
                r.add("state", "listings.error.state", typedState);
            }
        }
        if (format != null && format.inPerson()) {
            if (city == null) {
                r.add("city", "listings.error.in-person-place", r.label("city"));
            }
            if (state == null) {
                r.add("state", "listings.error.in-person-place", r.label("state"));
            }
        }
        LinkedHashSet<String> served = new LinkedHashSet<>();
        for (String typed : f.servedStates() == null ? List.<String>of() : f.servedStates()) {
            if (typed == null || typed.isBlank()) {
                continue;
            }
            String code = UsStates.code(typed);
            if (code == null) {
                r.add("servedStates", "listings.error.state", Text.clean(typed));
            } else {
                served.add(code);
            }
        }
        if (format != null && format.online() && served.isEmpty()) {
            r.add("servedStates", "listings.error.served-states");
        }
        if (format == ListingFormat.IN_PERSON) {
            served.clear();
        }
        LinkedHashSet<String> languages = new LinkedHashSet<>();
        for (String typed : f.languages() == null ? List.<String>of() : f.languages()) {
            if (typed == null || typed.isBlank()) {
                continue;
            }
            String code = typed.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                r.add("languages", "listings.error.language", Text.clean(typed));
            } else {
                languages.add(code);
            }
        }
        if (languages.isEmpty()) {
            r.add("languages", "listings.error.required", r.label("languages"));
        } else if (languages.size() > 8) {
            r.add("languages", "listings.error.languages-many", 8);
        }
        BigDecimal fee = f.fee();
        if (fee != null) {
            if (fee.scale() < 0) {
                r.add("fee", "listings.error.money-notation", r.label("fee"));
            } else if (fee.scale() > 2 && fee.stripTrailingZeros().scale() > 2) {
                r.add("fee", "listings.error.money-cents", r.label("fee"));
            } else if (fee.signum() < 0 || fee.compareTo(MAX_FEE) > 0) {
                r.add("fee", "listings.error.money-range", r.label("fee"), MAX_FEE.toPlainString());
            }
        }
        if (f.free()) {
            if (fee != null && fee.signum() > 0) {
                r.add("fee", "listings.error.free-with-fee");
            }
            fee = null;
        } else if (fee == null) {
            r.add("fee", "listings.error.fee-or-free");
        }
        if (f.intake() == null) {
            r.add("intake", "listings.error.required", r.label("intake"));
        }
        r.throwIfAny();
        listing.describe(title, focus, audience, approach, format, format.inPerson() ? city : null,
                format.inPerson() ? state : null, new ArrayList<>(served), new ArrayList<>(languages),
                fee == null ? null : fee.setScale(2, java.math.RoundingMode.UNNECESSARY), !f.free() && f.slidingScale(),
                f.free(), insurance, format.inPerson() && f.stepFree(), f.captioning(), f.interpreters(), transport,
                schedule, f.intake(), f.screeningCall());
    }

    /** A cleaned enquiry (name, lower-cased email, message), or the fields' messages. */
    static Enquiry enquiry(Enquiry e) {
        ListingRules r = new ListingRules();
        String name = r.text("name", e.name(), true, 150);
        String email = r.text("email", e.email(), true, 254);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                r.add("email", "listings.error.email");
            }
        }
        String message = r.text("message", e.message(), true, MAX_MESSAGE);
        r.throwIfAny();
        return new Enquiry(name, email, message, null);
    }

    /** A note the board writes when it declines or unpublishes (required: the member is told why). */
    static String note(String note) {
        ListingRules r = new ListingRules();
        String clean = r.text("note", note, true, 1000);
        r.throwIfAny();
        return clean;
    }
}
