/** HTTP answers that every module's servlet filters give alike: problem details written before any controller. */
package com.eventlens.shared.web;
