package com.eventlens.analytics.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import com.eventlens.analytics.EngagementComponent;
import com.eventlens.analytics.EngagementSettings;
import com.eventlens.analytics.EngagementSettingsChanged;
import com.eventlens.shared.data.ChosenIdAggregate;

/**
 * An event's engagement settings as saved (an event that never saved any has the defaults and no row). It announces
 * a change of its values ({@link EngagementSettingsChanged}); saving the same values again announces nothing.
 */
@Table("engagement_settings")
class EngagementSettingsEntity extends ChosenIdAggregate<EngagementSettingsEntity, UUID> {

    @Id
    @Column("event_id")
    private final UUID eventId;
    private int attendanceThresholdSeconds;
    @MappedCollection(idColumn = "event_id", keyColumn = "component")
    private Map<String, Weighting> components;

    /** One component's row. */
    @Table("engagement_component")
    record Weighting(int weight, BigDecimal cap) {
    }

    @PersistenceCreator
    EngagementSettingsEntity(UUID eventId, int attendanceThresholdSeconds, Map<String, Weighting> components) {
        this.eventId = eventId;
        this.attendanceThresholdSeconds = attendanceThresholdSeconds;
        this.components = components;
    }

    /** The defaults of an event that has no settings yet, to be saved with its first change. */
    static EngagementSettingsEntity startingWith(UUID eventId, EngagementSettings defaults) {
        return new EngagementSettingsEntity(eventId, defaults.attendanceThresholdSeconds(), rows(defaults)).asNew();
    }

    /** Takes the (valid) settings; announces them when they differ from what was stored. */
    EngagementSettingsEntity change(EngagementSettings settings) {
        EngagementSettings before = toSettings();
        if (!settings.equals(before)) {
            attendanceThresholdSeconds = settings.attendanceThresholdSeconds();
            components = rows(settings);
            registerEvent(new EngagementSettingsChanged(eventId,
                    before.attendanceThresholdSeconds() != settings.attendanceThresholdSeconds()));
        }
        return this;
    }

    EngagementSettings toSettings() {
        Map<EngagementComponent, EngagementSettings.Weighting> weightings = new EnumMap<>(EngagementComponent.class);
        components.forEach((key, row) -> EngagementComponent.ofKey(key).ifPresent(component -> weightings.put(component,
                new EngagementSettings.Weighting(row.weight(), row.cap().doubleValue()))));
        return new EngagementSettings(attendanceThresholdSeconds, weightings);
    }

    @Override
    public UUID getId() {
        return eventId;
    }

    private static Map<String, Weighting> rows(EngagementSettings settings) {
        Map<String, Weighting> rows = new HashMap<>();
        settings.components().forEach((component, weighting) -> rows.put(component.key(),
                new Weighting(weighting.weight(), BigDecimal.valueOf(weighting.cap()))));
        return rows;
    }
}
