/**
 * The shared kernel: the signed-in console user, the embedded database, the formats of screens and reports, the
 * base of aggregates whose ids clients choose ({@code data}), and UI parts that every module's views use. It depends
 * on no other module, and declares no interface for a module to implement.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.eventlens.shared;
