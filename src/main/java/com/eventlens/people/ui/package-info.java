/**
 * The People area's views. Exposed as the named interface {@code ui} so that the console's event frame may link to
 * them (its side navigation); nothing else of the module's inside is.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.eventlens.people.ui;
