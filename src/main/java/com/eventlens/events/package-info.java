/** Events: an event's name, dates, time zone and its ingest token. */
package com.eventlens.events;
