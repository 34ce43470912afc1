package org.collegium.base.service;

import org.collegium.base.i18n.Messages;

import jakarta.annotation.security.PermitAll;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.collegium.base.domain.Access;
import org.collegium.base.domain.SocietySettings;
import org.collegium.base.domain.SocietySettingsRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The society's name and time zone; everyone reads them, only an administrator changes them. They are read on every
 * clock call (once per grid row), so they are kept in memory: loaded once, forgotten while a change is being saved
 * and again when its transaction ends (committed or not), and loaded afresh with a locking read inside a
 * transaction, which sees the latest committed row rather than the transaction's older snapshot.
 */
@Service
public class SocietySettingsService {

    public record Settings(String societyName, ZoneId timeZone, long version) {
    }

    private final SocietySettingsRepository repository;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final SocietyZoneOffsets zoneOffsets;

    /** Guarded by {@code this}: the cached settings, a change counter, and saves not yet ended. */
    private Settings cached;
    private long generation;
    private int saving;

    public SocietySettingsService(SocietySettingsRepository repository, AuditLog auditLog, JdbcTemplate jdbc,
            SocietyZoneOffsets zoneOffsets) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.zoneOffsets = zoneOffsets;
    }

    @PermitAll // the society's name and zone, on every page
    public Settings current() {
        long seen;
        synchronized (this) {
            if (cached != null) {
                return cached;
            }
            seen = generation;
        }
        Settings loaded = read();
        synchronized (this) {
            if (generation == seen && saving == 0) {
                cached = loaded;
            }
        }
        return loaded;
    }

    /** The row as committed (or as this transaction changed it): a locking read inside a transaction. */
    private Settings read() {
        String sql = "select society_name, time_zone, version from society_settings order by id limit 1"
                + (TransactionSynchronizationManager.isActualTransactionActive() ? " lock in share mode" : "");
        return jdbc.query(sql, rs -> {
            if (!rs.next()) {
                throw new IllegalStateException("society_settings has no row; migrations did not run");
            }
            return new Settings(rs.getString(1), ZoneId.of(rs.getString(2)), rs.getLong(3));
        });
    }

    /** Forgets the cached settings now and once the saving transaction has ended, whichever way it ended. */
    private void forgetUntilEnded() {
        synchronized (this) {
            cached = null;
            generation++;
            saving++;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                synchronized (SocietySettingsService.this) {
                    cached = null;
                    generation++;
                    saving--;
                }
            }
        });
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
        forgetUntilEnded();
        ConcurrentEditException.check(s.getVersion(), editedVersion, Messages.t("base.settings.what"));
        Changes changes = new Changes()
                .track("societyName", s.getSocietyName(), name)
                .track("timeZone", s.getTimeZone(), zone.getId());
        s.setSocietyName(name);
        s.setTimeZone(zone.getId());
        repository.saveAndFlush(s);
        // figures kept by the society's day in the database follow the new zone in this transaction
        zoneOffsets.follow();
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
