package com.eventlens.analytics.internal;

import java.util.Locale;

/** What an attachment is, from its content type: the reports' file-type tag, in the dashboard icon's colours. */
enum FileKind {
    IMAGE("IMG"), PDF("PDF"), AUDIO("AUDIO"), VIDEO("VIDEO"), DOCUMENT("DOC"), OTHER("FILE");

    private final String fallbackTag;

    FileKind(String fallbackTag) {
        this.fallbackTag = fallbackTag;
    }

    static FileKind of(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return IMAGE;
        }
        if (type.equals("application/pdf")) {
            return PDF;
        }
        if (type.startsWith("audio/")) {
            return AUDIO;
        }
        if (type.startsWith("video/")) {
            return VIDEO;
        }
        if (type.contains("word") || type.contains("presentation") || type.contains("spreadsheet")
                || type.startsWith("text/")) {
            return DOCUMENT;
        }
        return OTHER;
    }

    /** "PNG" for Logo.png: the file's extension when it has a short one, else the kind ("IMG", "DOC", …). */
    static String tag(String fileName, String contentType) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot > 0 && fileName.length() - dot - 1 >= 1 && fileName.length() - dot - 1 <= 4) {
            String extension = fileName.substring(dot + 1);
            if (extension.chars().allMatch(Character::isLetterOrDigit)) {
                return extension.toUpperCase(Locale.ROOT);
            }
        }
        return of(contentType).fallbackTag;
    }
}
