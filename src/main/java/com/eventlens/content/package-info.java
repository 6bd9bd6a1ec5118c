/** Content: on-demand videos, session recordings and the attachments offered in sessions. */
package com.eventlens.content;
