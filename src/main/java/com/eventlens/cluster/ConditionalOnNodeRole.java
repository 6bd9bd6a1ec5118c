package com.eventlens.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/** A bean of a node that has this role ({@code eventlens.node.roles}); other nodes do without it. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnNodeRoleCondition.class)
public @interface ConditionalOnNodeRole {

    NodeRole value();
}
