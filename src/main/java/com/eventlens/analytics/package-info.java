/** Analytics: rollups kept current from recorded interactions; user, session and on-demand analytics and reports. */
package com.eventlens.analytics;
