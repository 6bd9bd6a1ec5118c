package com.eventlens.cluster;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotEmpty;

/**
 * What this node does. Every combination runs from the same jar; the default, all three, is the single process of
 * before. An unknown role stops the start naming the known ones.
 *
 * @param roles the roles of this node: {@code ingest}, {@code fold}, {@code console}
 */
@ConfigurationProperties(NodeRoles.PREFIX)
@Validated
public record NodeRoles(@DefaultValue({"ingest", "fold", "console"}) @NotEmpty Set<NodeRole> roles) {

    static final String PREFIX = "eventlens.node";

    public NodeRoles {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(NodeRole role) {
        return roles.contains(role);
    }

    public boolean hasAll() {
        return roles.size() == NodeRole.values().length;
    }

    /** The roles as the environment sets them, before the context exists (conditions, environment post-processors). */
    public static NodeRoles of(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, NodeRoles.class);
    }

    @Override
    public String toString() {
        return String.join(",", roles.stream().sorted().map(role -> role.name().toLowerCase(java.util.Locale.ROOT))
                .toList());
    }
}
