/**
 * The analytics views. Exposed as the named interface {@code ui} so that the console's event frame may link to
 * them (its side navigation).
 */
@org.springframework.modulith.NamedInterface("ui")
package com.eventlens.analytics.ui;
