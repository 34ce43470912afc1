package org.collegium.communications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.NotFoundPages;
import org.collegium.base.ui.Notifications;
import org.collegium.communications.domain.CommunicationStatus;
import org.collegium.communications.domain.MailKind;
import org.collegium.communications.domain.SegmentType;
import org.collegium.communications.service.CommunicationRecords.CommunicationDetails;
import org.collegium.communications.service.CommunicationRecords.CommunicationForm;
import org.collegium.communications.service.CommunicationRecords.PreviewCandidate;
import org.collegium.communications.service.CommunicationRecords.RecipientRow;
import org.collegium.communications.service.CommunicationRecords.Rendered;
import org.collegium.communications.service.CommunicationRecords.SegmentForm;
import org.collegium.communications.service.CommunicationService;
import org.collegium.communications.service.MergeFields;
import org.collegium.credentials.service.RequirementProfileService;
import org.collegium.credentials.service.RequirementProfileService.ProfileSummary;
import org.collegium.events.domain.RegistrationStatus;
import org.collegium.events.service.EventService;
import org.collegium.events.service.EventService.EventFilter;
import org.collegium.events.service.EventService.EventSummary;
import org.collegium.groups.service.GroupRecords.GroupSummary;
import org.collegium.groups.service.GroupService;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * communications/{id} (or "new"): write a message to a segment, count its recipients, preview it for one of them,
 * send a test to oneself, send now or at a time; once sent, its progress, totals and recipients (polled while it
 * is being prepared and handed over). Only a draft is editable.
 */
@Route("communications")
@RolesAllowed({Access.ADMIN, Access.BOARD, Access.AFFILIATE_ADMIN, Access.FACILITATOR})
public class CommunicationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final int POLL_MILLIS = 2000;

    final Select<MailKind> kind = new Select<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final IntegerField rate = new IntegerField();
    final Select<SegmentType> segmentType = new Select<>();
    final Select<MembershipStatus> memberStatus = new Select<>();
    final ComboBox<AffiliateOption> affiliate = new ComboBox<>();
    final Select<Discipline> discipline = new Select<>();
    final TextField state = new TextField();
    final ComboBox<EventSummary> event = new ComboBox<>();
    final Select<RegistrationStatus> registration = new Select<>();
    final ComboBox<GroupSummary> group = new ComboBox<>();
    final ComboBox<ProfileSummary> profile = new ComboBox<>();
    final Span count = new Span();
    final Button countButton = new Button();
    final Button save = new Button();
    final ComboBox<PreviewCandidate> previewFor = new ComboBox<>();
    final Button preview = new Button();
    final Div previewed = new Div();
    final Button testSend = new Button();
    final Button sendNow = new Button();
    final DateTimePicker sendAt = new DateTimePicker();
    final Button schedule = new Button();
    final Button cancel = new Button();
    final Span status = new Span();
    final ProgressBar progress = new ProgressBar();
    final Span totals = new Span();
    final Grid<RecipientRow> recipients = new Grid<>();

    private final CommunicationService service;
    private final AffiliateService affiliates;
    private final EventService events;
    private final GroupService groups;
    private final RequirementProfileService profiles;
    private final SocietyClock clock;
    private Long id;
    private long version;
    private String title = "";
    private Registration polling;
    /** Listeners are added once: the same view is shown again after a save (communications/new, then /{id}). */
    private boolean formWired;
    private boolean sendingWired;
    private boolean recipientsWired;

    public CommunicationView(CommunicationService service, AffiliateService affiliates, EventService events,
            GroupService groups, RequirementProfileService profiles, SocietyClock clock) {
        this.profiles = profiles;
        this.service = service;
        this.affiliates = affiliates;
        this.events = events;
        this.groups = groups;
        this.clock = clock;
        setMaxWidth("64rem");
    }

    @Override
    public void setParameter(BeforeEvent beforeEvent, String parameter) {
        removeAll();
        CommunicationDetails details = null;
        if (!"new".equals(parameter)) {
            try {
                details = service.load(Long.parseLong(parameter));
            } catch (NumberFormatException | NotFoundException e) {
                NotFoundPages.show(beforeEvent);
                return;
            }
        }
        build(details);
    }

    private void build(CommunicationDetails details) {
        removeAll();
        id = details == null ? null : details.id();
        CommunicationForm form = details == null ? service.blank() : details.form();
        version = form.version();
        boolean editable = details == null || details.status().editable();
        title = details == null ? getTranslation("communications.page.new") : form.subject();

        kind.setLabel(getTranslation("communications.field.kind"));
        kind.setItems(service.kinds());
        kind.setItemLabelGenerator(k -> getTranslation("communications.kind." + k.name()));
        kind.setValue(form.kind());
        subject.setLabel(getTranslation("communications.field.subject"));
        subject.setValue(form.subject());
        subject.setWidthFull();
        body.setLabel(getTranslation("communications.field.body"));
        body.setHelperText(getTranslation("communications.field.body.help",
                String.join(", ", MergeFields.KNOWN.stream().map(f -> "{" + f + "}").toList())));
        body.setValue(form.body());
        body.setWidthFull();
        body.setMinHeight("12rem");
        rate.setLabel(getTranslation("communications.field.rate"));
        rate.setValue(form.ratePerMinute());
        rate.setMin(1);

        SegmentForm s = form.segment();
        segmentType.setLabel(getTranslation("communications.field.segment"));
        segmentType.setItems(service.segmentTypes());
        segmentType.setItemLabelGenerator(t -> getTranslation("communications.segment." + t.name()));
        segmentType.setValue(s.type());
        memberStatus.setLabel(getTranslation("communications.field.member-status"));
        memberStatus.setEmptySelectionAllowed(true);
        memberStatus.setEmptySelectionCaption(getTranslation("communications.field.any"));
        memberStatus.setItems(MembershipStatus.values());
        memberStatus.setItemLabelGenerator(m -> m == null ? getTranslation("communications.field.any") : m.label());
        memberStatus.setValue(s.status());
        affiliate.setLabel(getTranslation("communications.field.affiliate"));
        List<AffiliateOption> options = affiliates.options();
        affiliate.setItems(options);
        affiliate.setItemLabelGenerator(AffiliateOption::name);
        affiliate.setClearButtonVisible(true);
        affiliate.setValue(options.stream().filter(o -> s.affiliateId() != null && o.id() == s.affiliateId())
                .findFirst().orElse(null));
        discipline.setLabel(getTranslation("communications.field.discipline"));
        discipline.setEmptySelectionAllowed(true);
        discipline.setEmptySelectionCaption(getTranslation("communications.field.any"));
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(d -> d == null ? getTranslation("communications.field.any") : d.label());
        discipline.setValue(s.discipline());
        state.setLabel(getTranslation("communications.field.state"));
        state.setValue(s.state() == null ? "" : s.state());
        event.setLabel(getTranslation("communications.field.event"));
        registration.setLabel(getTranslation("communications.field.registration"));
        registration.setItems(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW, RegistrationStatus.CANCELLED);
        registration.setItemLabelGenerator(r -> getTranslation(r.key()));
        registration.setValue(s.registration() == null ? RegistrationStatus.CONFIRMED : s.registration());
        group.setLabel(getTranslation("communications.field.group"));
        if (service.segmentTypes().contains(SegmentType.EVENT)) {
            List<EventSummary> found = events.find(new EventFilter(EventService.When.ALL, null, null),
                    PageRequest.of(0, 200));
            event.setItems(found);
            event.setItemLabelGenerator(e -> e.title() + " · " + clock.formatAt(e.startsAt(), e.zone()));
            event.setValue(found.stream().filter(e -> s.eventId() != null && e.id() == s.eventId()).findFirst()
                    .orElse(null));
        }
        List<GroupSummary> mine = !service.segmentTypes().contains(SegmentType.GROUP) ? List.of()
                : groups.list(PageRequest.of(0, 200)).stream().filter(GroupSummary::manages).toList();
        group.setItems(mine);
        group.setItemLabelGenerator(GroupSummary::name);
        group.setValue(mine.stream().filter(g -> s.groupId() != null && g.id() == s.groupId()).findFirst()
                .orElse(null));
        profile.setLabel(getTranslation("communications.field.profile"));
        List<ProfileSummary> known = !service.segmentTypes().contains(SegmentType.CE_SHORTFALL) ? List.of()
                : profiles.list();
        profile.setItems(known);
        profile.setItemLabelGenerator(ProfileSummary::name);
        profile.setValue(known.stream().filter(p -> s.profileId() != null && p.id() == s.profileId()).findFirst()
                .orElse(null));
        if (!formWired) {
            segmentType.addValueChangeListener(e -> showSegmentFields());
        }
        showSegmentFields();

        countButton.setText(getTranslation("communications.action.count"));
        if (!formWired) {
            countButton.addClickListener(e -> attempt(() -> count.setText(getTranslation("communications.count",
                    service.recipientCount(segment()), Formats.integer(service.recipientCount(segment()))))));
        }
        save.setText(getTranslation("communications.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!formWired) {
            save.addClickListener(e -> save());
        }

        FormLayout fields = new FormLayout(kind, rate, subject, body, segmentType, memberStatus, affiliate,
                discipline, state, event, registration, group, profile);
        fields.setColspan(subject, 2);
        fields.setColspan(body, 2);
        fields.getChildren().forEach(c -> c.getElement().setEnabled(editable));
        add(new H2(getTranslation("communications.page.message")), fields,
                new HorizontalLayout(countButton, count));
        if (editable) {
            add(save);
        }

        // preview for a recipient
        previewFor.setLabel(getTranslation("communications.field.preview-for"));
        previewFor.setItemLabelGenerator(PreviewCandidate::name);
        preview.setText(getTranslation("communications.action.preview"));
        if (!formWired) {
            preview.addClickListener(e -> preview());
        }
        loadCandidates();
        if (!formWired) {
            previewFor.addFocusListener(e -> loadCandidates());
        }
        add(new H3(getTranslation("communications.page.preview")), new HorizontalLayout(previewFor, preview),
                previewed);
        previewFor.getParent().ifPresent(p -> ((HorizontalLayout) p).setAlignItems(Alignment.BASELINE));

        if (id != null) {
            add(new H3(getTranslation("communications.page.sending")), status, progress, totals);
            testSend.setText(getTranslation("communications.action.test"));
            if (!sendingWired) {
                testSend.addClickListener(e -> attempt(() -> Notifications.success(
                        getTranslation("communications.test-sent", service.testSend(id)))));
            }
            sendNow.setText(getTranslation("communications.action.send"));
            sendNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (!sendingWired) {
                sendNow.addClickListener(e -> attempt(() -> {
                    service.send(id, null, version);
                    reload();
                }));
            }
            sendAt.setLabel(getTranslation("communications.field.send-at"));
            schedule.setText(getTranslation("communications.action.schedule"));
            if (!sendingWired) {
                schedule.addClickListener(e -> attempt(() -> {
                    if (sendAt.getValue() == null) {
                        sendAt.setErrorMessage(getTranslation("communications.send-at.required"));
                        sendAt.setInvalid(true);
                        return;
                    }
                    service.send(id, sendAt.getValue().atZone(clock.viewerZone()).toInstant(), version);
                    reload();
                }));
            }
            cancel.setText(getTranslation("communications.action.cancel"));
            if (!sendingWired) {
                cancel.addClickListener(e -> attempt(() -> {
                    service.cancel(id);
                    reload();
                }));
            }
            if (editable) {
                add(new HorizontalLayout(testSend, sendNow), new HorizontalLayout(sendAt, schedule));
            } else {
                add(testSend);
            }
            cancel.setVisible(details.status() == CommunicationStatus.SCHEDULED
                    || details.status() == CommunicationStatus.DRAFT);
            add(cancel);
            if (!recipientsWired) {
                recipientsWired = true;
                recipients.addColumn(r -> r.name() + " · " + r.email())
                        .setHeader(getTranslation("communications.recipients.who")).setFlexGrow(1);
                recipients.addColumn(r -> getTranslation("communications.recipient-status." + r.status().name())
                        + (r.error() == null ? "" : " · " + r.error()))
                        .setHeader(getTranslation("communications.recipients.status")).setFlexGrow(0)
                        .setAutoWidth(true);
            }
            recipients.setItems(q -> service.recipients(id, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                    q -> (int) service.recipientsListed(id));
            recipients.setAllRowsVisible(false);
            recipients.setHeight("20rem");
            add(new H3(getTranslation("communications.page.recipients")), recipients);
            showProgress(details);
        }
        // listeners are added once (they read the current id): the same view is shown again after a save
        formWired = true;
        sendingWired = sendingWired || id != null;
    }

    /** The recipients to preview for, once the segment is complete (quietly none before). */
    private void loadCandidates() {
        try {
            previewFor.setItems(service.previewCandidates(segment()));
        } catch (BusinessRuleException | AccessDeniedException e) {
            previewFor.setItems(List.of());
        }
    }

    private void showSegmentFields() {
        SegmentType t = segmentType.getValue();
        boolean m = t == SegmentType.MEMBERS;
        memberStatus.setVisible(m);
        affiliate.setVisible(m || t == SegmentType.CE_SHORTFALL);
        profile.setVisible(t == SegmentType.CE_SHORTFALL);
        discipline.setVisible(m);
        state.setVisible(m);
        event.setVisible(t == SegmentType.EVENT);
        registration.setVisible(t == SegmentType.EVENT);
        group.setVisible(t == SegmentType.GROUP);
    }

    private SegmentForm segment() {
        return new SegmentForm(segmentType.getValue(), memberStatus.getValue(), null,
                affiliate.getValue() == null ? null : affiliate.getValue().id(), discipline.getValue(),
                state.getValue(), event.getValue() == null ? null : event.getValue().id(), registration.getValue(),
                group.getValue() == null ? null : group.getValue().id(),
                profile.getValue() == null ? null : profile.getValue().id());
    }

    private CommunicationForm form() {
        return new CommunicationForm(kind.getValue(), subject.getValue(), body.getValue(), segment(),
                rate.getValue() == null ? 0 : rate.getValue(), version);
    }

    private void save() {
        clearErrors();
        attempt(() -> {
            long saved = service.save(id, form());
            Notifications.success(getTranslation("communications.saved"));
            if (id == null) {
                getUI().ifPresent(ui -> ui.navigate("communications/" + saved));
            } else {
                reload();
            }
        });
    }

    private void preview() {
        previewed.removeAll();
        if (previewFor.getValue() == null) {
            previewFor.setErrorMessage(getTranslation("communications.preview.choose"));
            previewFor.setInvalid(true);
            return;
        }
        previewFor.setInvalid(false);
        attempt(() -> {
            Rendered r = service.preview(form(), previewFor.getValue().memberId());
            String html = r.html();
            int start = html.indexOf("<body>");
            int end = html.lastIndexOf("</body>");
            // the email's own headings sit under this page's "Preview" (H3): shown as H4 here
            String shown = html.substring(start + 6, end).replaceAll("<(/?)h[1-6]>", "<$1h4>");
            previewed.add(new Paragraph(getTranslation("communications.preview.to", r.to(), r.subject())),
                    new Html("<div class=\"communication-preview\">" + shown + "</div>"),
                    new H3(getTranslation("communications.preview.text")), new Pre(r.text()));
        });
    }

    private void reload() {
        build(service.load(id));
    }

    private void showProgress(CommunicationDetails d) {
        status.setText(getTranslation("communications.status." + d.status().name())
                + (d.sendAt() == null ? "" : " · " + clock.format(d.sendAt())));
        boolean preparing = d.status() == CommunicationStatus.PREPARING;
        progress.setVisible(preparing || d.status() == CommunicationStatus.SENDING);
        long all = Math.max(1, d.expected());
        progress.setValue(Math.min(1, preparing ? (double) d.prepared() / all
                : (double) (d.totals().sent() + d.totals().failed() + d.totals().skipped()) / all));
        totals.setText(getTranslation("communications.totals", Formats.integer(d.prepared()),
                Formats.integer(d.expected()), Formats.integer(d.totals().queued()),
                Formats.integer(d.totals().sent()), Formats.integer(d.totals().failed()),
                Formats.integer(d.totals().skipped())));
        UI ui = UI.getCurrent();
        boolean busy = preparing || d.status() == CommunicationStatus.SENDING
                || (d.status() == CommunicationStatus.SENT && d.totals().queued() > 0);
        if (ui != null) {
            if (busy && polling == null) {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(e -> {
                    CommunicationDetails now = service.load(id);
                    showProgress(now);
                    recipients.getDataProvider().refreshAll();
                });
            } else if (!busy && polling != null) {
                stopPolling(ui);
            }
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            show(e.fieldErrors());
        } catch (BusinessRuleException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void clearErrors() {
        Arrays.<HasValidation>asList(kind, subject, body, rate, segmentType, event, group, profile)
                .forEach(f -> f.setInvalid(false));
    }

    private void show(Map<String, String> errors) {
        Map<String, HasValidation> fields = Map.of("kind", kind, "subject", subject, "body", body, "rate", rate,
                "segment", segmentType, "event", event, "group", group, "profile", profile);
        errors.forEach((field, message) -> {
            HasValidation f = fields.getOrDefault(field, segmentType);
            f.setErrorMessage(message);
            f.setInvalid(true);
        });
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("communications.list.title") : title;
    }
}
