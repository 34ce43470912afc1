package org.collegium.communications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.service.MailConsentService;

/**
 * unsubscribe/confirm/{token}: the public page an email's unsubscribe link opens. Opening it changes nothing; the
 * button turns the kind off. A wrong or stale link reads as a plain sentence.
 */
@Route(value = "unsubscribe/confirm", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Paragraph message = new Paragraph();
    final Button confirm = new Button();
    private final MailConsentService consent;

    public UnsubscribeView(MailConsentService consent) {
        this.consent = consent;
        setMaxWidth("48rem");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        removeAll();
        Main main = new Main(new H1(getTranslation("communications.unsubscribe.title")), message);
        add(main);
        Optional<MailKind> kind = consent.unsubscribeLink(token);
        if (kind.isEmpty()) {
            message.setText(getTranslation("communications.unsubscribe.wrong"));
            main.add(new Anchor("my/mail", getTranslation("communications.unsubscribe.preferences")));
            return;
        }
        String kindName = getTranslation("communications.kind." + kind.get().name());
        message.setText(getTranslation("communications.unsubscribe.ask", kindName));
        confirm.setText(getTranslation("communications.unsubscribe.confirm"));
        confirm.addClickListener(click -> {
            boolean done = consent.unsubscribe(token);
            message.setText(done ? getTranslation("communications.unsubscribe.done", kindName)
                    : getTranslation("communications.unsubscribe.wrong"));
            confirm.setVisible(false);
            main.add(new Anchor("my/mail", getTranslation("communications.unsubscribe.preferences")));
        });
        main.add(confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("communications.unsubscribe.title");
    }
}
