/** People: who is registered to an event, with profile, roles, registration type and status; who may see an event. */
package com.eventlens.people;
