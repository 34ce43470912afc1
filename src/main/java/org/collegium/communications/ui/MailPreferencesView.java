package org.collegium.communications.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.collegium.base.domain.Access;
import org.collegium.base.ui.Notifications;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.service.MailConsentService;

/** my/mail: which optional mail the member gets; linked from the preferences page and from every such email. */
@Route("my/mail")
@RolesAllowed(Access.MEMBER)
public class MailPreferencesView extends VerticalLayout implements HasDynamicTitle {

    public MailPreferencesView(MailConsentService consent) {
        add(new H2(getTranslation("communications.consent.heading")),
                new Paragraph(getTranslation("communications.consent.intro")));
        Optional<Map<MailKind, Boolean>> mine = consent.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("communications.consent.no-member")));
            return;
        }
        for (MailKind kind : MailKind.values()) {
            Checkbox box = new Checkbox(getTranslation("communications.kind." + kind.name()), mine.get().get(kind));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    consent.choose(kind, e.getValue());
                    Notifications.success(getTranslation("communications.consent.saved"));
                }
            });
            add(box);
        }
        add(new Paragraph(getTranslation("communications.consent.transactional")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("communications.consent.title");
    }
}
