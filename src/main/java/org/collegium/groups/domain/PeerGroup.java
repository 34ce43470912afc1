package org.collegium.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.collegium.base.domain.AuditedEntity;
import org.collegium.members.domain.Member;

/**
 * A peer-consultation, support, supervision or special-interest group that meets on a weekly schedule in the
 * society's time zone. A group that meets "monthly" meets every {@code intervalWeeks} weeks (4), counted from
 * {@code startsOn}: the society's groups keep a weekday, not a day of the month.
 */
@Entity
@Table(name = "peer_group")
public class PeerGroup extends AuditedEntity {

    /** The seed's group understandings, which every new group starts with. */
    public static final String DEFAULT_UNDERSTANDINGS = """
            We start and end on time, and meetings are locked to new attendees after the first 10 minutes.

            Professional consultations are welcome, with the focus on the experience and countertransferential \
            feelings of the therapist. Case presentations and discussions of specific interventions for specific \
            clients should be saved for a different venue.

            Although they can be therapeutic, these group sessions are not considered therapy, and although \
            confidentiality about the content of our conversations is requested, it cannot be guaranteed.""";

    public static final int DEFAULT_CAPACITY = 12;
    public static final int MAX_CAPACITY = 15;
    public static final int DEFAULT_LOCK_MINUTES = 10;

    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupKind kind;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayOfWeek dayOfWeek;
    @Column(nullable = false)
    private LocalTime startTime;
    @Column(nullable = false)
    private int durationMinutes;
    @Column(nullable = false)
    private int intervalWeeks = 1;
    @Column(nullable = false)
    private LocalDate startsOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupFormat format;
    private String location;
    @Column(nullable = false)
    private int capacity = DEFAULT_CAPACITY;
    @Column(nullable = false)
    private boolean membersOnly = true;
    @Column(nullable = false)
    private int lockMinutes = DEFAULT_LOCK_MINUTES;
    @Column(nullable = false)
    private String language = "English";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupCost cost = GroupCost.FREE;
    private String costNote;
    private String accessibilityNotes;
    @Lob
    @Column(nullable = false, columnDefinition = "TEXT")
    private String understandings = DEFAULT_UNDERSTANDINGS;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupStatus status = GroupStatus.ACTIVE;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "peer_group_facilitator", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> facilitators = new HashSet<>();

    protected PeerGroup() {
    }

    public PeerGroup(String name, GroupKind kind, DayOfWeek dayOfWeek, LocalTime startTime, int durationMinutes,
            GroupFormat format, LocalDate startsOn) {
        this.name = name;
        this.kind = kind;
        this.dayOfWeek = dayOfWeek;
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.format = format;
        this.startsOn = startsOn;
    }

    /** Whether the weekly schedule changed (so future generated sessions must be redone). */
    /** The zone the weekly schedule is read in (V61); the society's zone when the group was created. */
    @Column(nullable = false)
    private String timeZone = "America/New_York";

    public java.time.ZoneId getZone() {
        return java.time.ZoneId.of(timeZone);
    }

    /** Sets the group's zone; returns whether it changed (its sessions ahead are then made again). */
    public boolean setZone(java.time.ZoneId zone) {
        boolean changed = !zone.getId().equals(timeZone);
        this.timeZone = zone.getId();
        return changed;
    }

    public boolean schedule(DayOfWeek day, LocalTime start, int minutes, int everyWeeks, LocalDate from) {
        boolean changed = day != dayOfWeek || !start.equals(startTime) || minutes != durationMinutes
                || everyWeeks != intervalWeeks || !from.equals(startsOn);
        this.dayOfWeek = day;
        this.startTime = start;
        this.durationMinutes = minutes;
        this.intervalWeeks = everyWeeks;
        this.startsOn = from;
        return changed;
    }

    public void describe(String name, GroupKind kind, String description, GroupFormat format, String location,
            String language, GroupCost cost, String costNote, String accessibilityNotes, String understandings) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.format = format;
        this.location = location;
        this.language = language;
        this.cost = cost;
        this.costNote = costNote;
        this.accessibilityNotes = accessibilityNotes;
        this.understandings = understandings;
    }

    public void setAccess(int capacity, boolean membersOnly, int lockMinutes) {
        this.capacity = capacity;
        this.membersOnly = membersOnly;
        this.lockMinutes = lockMinutes;
    }

    public void setStatus(GroupStatus status) {
        this.status = status;
    }

    public boolean isFacilitatedBy(Long memberId) {
        return memberId != null && facilitators.stream().anyMatch(f -> memberId.equals(f.getId()));
    }

    public Set<Member> getFacilitators() {
        return facilitators;
    }

    public String getName() {
        return name;
    }

    public GroupKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public int getIntervalWeeks() {
        return intervalWeeks;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public GroupFormat getFormat() {
        return format;
    }

    public String getLocation() {
        return location;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public int getLockMinutes() {
        return lockMinutes;
    }

    public String getLanguage() {
        return language;
    }

    public GroupCost getCost() {
        return cost;
    }

    public String getCostNote() {
        return costNote;
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public String getUnderstandings() {
        return understandings;
    }

    public GroupStatus getStatus() {
        return status;
    }
}
