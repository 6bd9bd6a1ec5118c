/** The media library's screens. A named interface, so that the console's side navigation and Overview may link to them. */
@org.springframework.modulith.NamedInterface("ui")
package com.eventlens.content.ui;
