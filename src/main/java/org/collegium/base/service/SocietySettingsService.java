package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import jakarta.annotation.security.PermitAll;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.collegium.base.domain.Access;
import org.collegium.base.domain.SocietySettings;
import org.collegium.base.domain.SocietySettingsRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The society's name and time zone; everyone reads them, only an administrator changes them. */
@Service
public class SocietySettingsService {

    public record Settings(String societyName, ZoneId timeZone, long version) {
    }

    private final SocietySettingsRepository repository;
    private final AuditLog auditLog;

    public SocietySettingsService(SocietySettingsRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    @PermitAll // the society's name and zone, on every page
    public Settings current() {
        SocietySettings s = load();
        return new Settings(s.getSocietyName(), ZoneId.of(s.getTimeZone()), s.getVersion());
    }

    @PreAuthorize(Access.IS_ADMIN)
    @Transactional
    public Settings update(String societyName, String timeZone, long editedVersion) {
        String name = societyName == null ? "" : societyName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new BusinessRuleException(Messages.t("base.settings.name-rule"));
        }
        ZoneId zone = parseZone(timeZone);
        SocietySettings s = load();
        ConcurrentEditException.check(s.getVersion(), editedVersion, Messages.t("base.settings.what"));
        Changes changes = new Changes()
                .track("societyName", s.getSocietyName(), name)
                .track("timeZone", s.getTimeZone(), zone.getId());
        s.setSocietyName(name);
        s.setTimeZone(zone.getId());
        repository.saveAndFlush(s);
        if (!changes.isEmpty()) {
            auditLog.record("SETTINGS_CHANGED", "SocietySettings", s.getId(), "Society settings changed", changes);
        }
        return new Settings(s.getSocietyName(), zone, s.getVersion());
    }

    private static ZoneId parseZone(String timeZone) {
        try {
            return ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new BusinessRuleException(Messages.t("base.settings.zone-rule", timeZone));
        }
    }

    private SocietySettings load() {
        return repository.findFirstByOrderByIdAsc()
                .orElseThrow(() -> new IllegalStateException("society_settings has no row; migrations did not run"));
    }
}
