/**
 * The analytics views. The console's shell links to them from its side navigation, so they are the module's
 * {@code ui} named interface: other modules may route to them, nothing else of the module's internals.
 */
@NamedInterface("ui")
package com.eventlens.analytics.ui;

import org.springframework.modulith.NamedInterface;
