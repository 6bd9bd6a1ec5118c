/**
 * The shared kernel: the signed-in console user, the embedded database, and formatting and UI parts that
 * every module's views use. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.eventlens.shared;
