/** Sessions: an event's agenda of live webcasts, pre-recorded, simulive and meeting-room sessions. */
package com.eventlens.sessions;
