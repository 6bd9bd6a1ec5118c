package com.eventlens.cluster;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether the node's roles include the one {@link ConditionalOnNodeRole} names. */
class OnNodeRoleCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        NodeRole role = (NodeRole) metadata.getAnnotations().get(ConditionalOnNodeRole.class).getEnum("value",
                NodeRole.class);
        return NodeRoles.of(context.getEnvironment()).has(role);
    }
}
