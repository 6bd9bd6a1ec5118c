package com.eventlens.people;

/** The columns the All users grid sorts by, each backed by an index. */
public enum PeopleSort {
    NAME,
    EMAIL,
    ROLES,
    REGISTRATION_TYPE,
    STATUS,
    CREATED_AT,
    /** The engagement score the analytics module gave them, in whole points. */
    ENGAGEMENT_SCORE
}
