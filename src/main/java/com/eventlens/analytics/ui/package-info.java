/**
 * The analytics screens. A named interface, so that the console's side navigation may link to them; the
 * screens reach the module only through its API.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.eventlens.analytics.ui;
