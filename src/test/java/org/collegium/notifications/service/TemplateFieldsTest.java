package org.collegium.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.collegium.base.i18n.Messages;
import org.collegium.notifications.service.SystemMails.Field;
import org.collegium.notifications.service.SystemMails.Part;
import org.collegium.notifications.service.SystemMails.Template;
import org.junit.jupiter.api.Test;

/** Named fields to positional arguments and back, and what an administrator's text is refused for. */
class TemplateFieldsTest {

    private static final Part BODY = SystemMails.part("accounts.mail.body").orElseThrow();
    private static final Part SUBJECT = SystemMails.part("accounts.mail.reset.subject").orElseThrow();

    @Test
    void everyDefaultTextReadsWithNamesAndWritesBackToTheSameEmail() {
        for (Template t : SystemMails.all()) {
            for (Part p : t.parts()) {
                for (Locale language : Messages.SUPPORTED) {
                    String bundle = Messages.bundlePattern(language, p.key());
                    assertThat(bundle).as(p.key() + " is a bundle key").isNotNull();
                    String named = TemplateFields.toNamed(p, bundle);
                    String pattern = assertDoesNotRefuse(p, named, bundle);
                    Object[] args = sampleArguments(p);
                    assertThat(new MessageFormat(pattern, language).format(args)).as(p.key() + " " + language)
                            .isEqualTo(new MessageFormat(bundle, language).format(args));
                }
            }
        }
    }

    @Test
    void everyTemplateHasANameAndEveryFieldASampleInBothLanguages() {
        for (Template t : SystemMails.all()) {
            assertThat(Messages.has(t.nameKey())).as(t.nameKey()).isTrue();
            for (Part p : t.parts()) {
                assertThat(Messages.has(p.labelKey())).as(p.labelKey()).isTrue();
                p.fields().forEach(f -> assertThat(Messages.has(SystemMails.sampleKey(f.name())))
                        .as(SystemMails.sampleKey(f.name())).isTrue());
            }
        }
    }

    @Test
    void apostrophesAreJustApostrophesAndNumbersKeepTheirFormat() throws Exception {
        String pattern = TemplateFields.toPattern(BODY, "It's {name}'s link: {link} ('{minutes}')", null);
        assertThat(new MessageFormat(pattern, Locale.US).format(new Object[] {"Rae", "x", "https://l", "60"}))
                .isEqualTo("It's Rae's link: https://l ('60')");
        Part waitlisted = SystemMails.part("events.mail.registered.waitlisted").orElseThrow();
        String position = TemplateFields.toPattern(waitlisted, "Number {position}",
                Messages.bundlePattern(Messages.ENGLISH, waitlisted.key()));
        assertThat(position).isEqualTo("Number {0,number,integer}");
        assertThat(TemplateFields.toNamed(BODY, "Hello {0}, it''s '{'literal'}' {2}")).isEqualTo(
                "Hello {name}, it's {literal} {link}");
    }

    @Test
    void aMissingRequiredFieldIsRefusedAndNamed() {
        assertThatThrownBy(() -> TemplateFields.toPattern(BODY, "Hello {name}, no link here", null))
                .isInstanceOf(TemplateFields.Refused.class).hasMessageContaining("{link}");
    }

    @Test
    void anUnknownFieldIsRefusedAndNamedWithTheFieldsTheTextHas() {
        assertThatThrownBy(() -> TemplateFields.toPattern(BODY, "Hello {firstName}: {link}", null))
                .isInstanceOf(TemplateFields.Refused.class).hasMessageContaining("{firstName}")
                .hasMessageContaining("{name}, {intro}, {link}, {minutes}");
        Part noFields = SystemMails.part("events.mail.promoted.body").orElseThrow();
        assertThatThrownBy(() -> TemplateFields.toPattern(noFields, "a place {event}", null))
                .isInstanceOf(TemplateFields.Refused.class).hasMessageContaining("{event}")
                .hasMessageContaining("no fields");
    }

    @Test
    void unbalancedBracesAndBadNamesAreRefusedWithWhereTheyAre() {
        assertThatThrownBy(() -> TemplateFields.toPattern(BODY, "Hello {name, {link}", null))
                .isInstanceOf(TemplateFields.Refused.class).hasMessageContaining("character 7")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> TemplateFields.toPattern(BODY, "{link} and {name", null))
                .isInstanceOf(TemplateFields.Refused.class).hasMessageContaining("never closed");
        assertThatThrownBy(() -> TemplateFields.toPattern(BODY, "{link} :}", null))
                .isInstanceOf(TemplateFields.Refused.class).hasMessageContaining("character 9")
                .hasMessageContaining("never opened");
        assertThatThrownBy(() -> TemplateFields.toPattern(BODY, "{link} {0}", null))
                .isInstanceOf(TemplateFields.Refused.class).hasMessageContaining("{0} is not a field");
        assertThatThrownBy(() -> TemplateFields.toPattern(BODY, "{link} {}", null))
                .isInstanceOf(TemplateFields.Refused.class).hasMessageContaining("{} is not a field");
    }

    @Test
    void aSubjectIsOneLine() {
        assertThatThrownBy(() -> TemplateFields.toPattern(SUBJECT, "Reset\nBcc: someone@example.org", null))
                .isInstanceOf(TemplateFields.Refused.class).hasMessageContaining("one line");
    }

    @Test
    void thePreviewFillsTheFields() {
        assertThat(TemplateFields.fill("Hi {name}: {link} {other}", java.util.Map.of("name", "Alex", "link", "L")))
                .isEqualTo("Hi Alex: L {other}");
    }

    private static String assertDoesNotRefuse(Part p, String named, String bundle) {
        try {
            return TemplateFields.toPattern(p, named, bundle);
        } catch (TemplateFields.Refused e) {
            throw new AssertionError(p.key() + ": the default text is refused: " + e.getMessage() + " in " + named);
        }
    }

    private static Object[] sampleArguments(Part p) {
        List<Field> fields = p.fields();
        Object[] args = new Object[fields.size()];
        for (Field f : fields) {
            args[f.index()] = List.of("position", "lockMinutes").contains(f.name()) ? (Object) 1234L
                    : "<" + f.name() + ">";
        }
        return args;
    }
}
