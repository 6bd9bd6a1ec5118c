/** Console: the shell around every screen — sign-in, console accounts, the event picker, layouts, demo data. */
package com.eventlens.console;
