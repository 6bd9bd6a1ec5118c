/** Rules that every input meets, whichever module reads it: canonical ids, storable text and instants. */
package com.eventlens.shared.input;
