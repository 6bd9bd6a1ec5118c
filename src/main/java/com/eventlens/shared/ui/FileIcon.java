package com.eventlens.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The icon of a file by its content type, wherever an attachment is listed (User analytics, Agenda, Media). */
public final class FileIcon {

    private FileIcon() {
    }

    /** Image, PDF, audio, video, document or other, with its kind as the icon's label for screen readers. */
    public static Component of(String contentType) {
        VaadinIcon icon;
        String kind;
        if (contentType.startsWith("image/")) {
            icon = VaadinIcon.FILE_PICTURE;
            kind = "image";
        } else if (contentType.equals("application/pdf")) {
            icon = VaadinIcon.FILE_TEXT_O;
            kind = "pdf";
        } else if (contentType.startsWith("audio/")) {
            icon = VaadinIcon.FILE_SOUND;
            kind = "audio";
        } else if (contentType.startsWith("video/")) {
            icon = VaadinIcon.FILE_MOVIE;
            kind = "video";
        } else if (contentType.contains("word") || contentType.contains("presentation")
                || contentType.contains("spreadsheet") || contentType.startsWith("text/")) {
            icon = VaadinIcon.FILE_O;
            kind = "document";
        } else {
            icon = VaadinIcon.FILE;
            kind = "other";
        }
        var component = icon.create();
        component.addClassNames("file-icon", "file-" + kind);
        component.getElement().setAttribute("aria-label", kind);
        return component;
    }
}
