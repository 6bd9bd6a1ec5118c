/** Writing CSV exports: one format (UTF-8 with BOM, CRLF) and one defence against formula injection. */
package com.eventlens.shared.csv;
