package com.eventlens.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.console.ui.NotFoundView;
import com.eventlens.shared.format.Formats;
import com.eventlens.testing.Rollups;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;

/**
 * The Media page of the demo event: the videos with their viewers leading to VOD analytics, the recordings, and the
 * attachments with their session and how many people downloaded each.
 */
@SpringBootTest
@WithUserDetails("manager")
class MediaViewTests extends SpringBrowserlessTest {

    static final String EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void rollupsCaughtUp() {
        Rollups.awaitApplied(jdbc, UUID.fromString(EVENT));
    }

    @Test
    void mediaListsVideosRecordingsAndAttachments() {
        MediaView view = navigate("events/" + EVENT + "/media", MediaView.class);
        assertThat(test(view.videos).size()).isEqualTo(16);
        assertThat(test(view.recordings).size()).isEqualTo(5);
        assertThat(test(view.attachments).size()).isEqualTo(9);
        UUID makeItCount = demoId("video:Make it Count");
        long viewers = jdbc.sql("select viewers from video_stats where event_id = ?::uuid and content_id = ?")
                .param(EVENT).param(makeItCount).query(Long.class).single();
        int row = 0;
        while (!test(view.videos).getRow(row).name().equals("Make it Count")) {
            row++;
        }
        assertThat(test(view.videos).getCellText(row, 2)).isEqualTo(Formats.count(viewers));
        assertThat(((Anchor) test(view.videos).getCellComponent(row, "name")).getHref())
                .isEqualTo("events/" + EVENT + "/content/" + makeItCount + "/analytics");
        long logo = jdbc.sql("select count(*) from user_attachment where event_id = ?::uuid and attachment_id = ?")
                .param(EVENT).param(demoId("attachment:Logo.png")).query(Long.class).single();
        int logoRow = 0;
        while (!test(view.attachments).getRow(logoRow).name().equals("Logo.png")) {
            logoRow++;
        }
        assertThat(test(view.attachments).getCellText(logoRow, 3)).isEqualTo(Formats.count(logo));
        assertThat(((Anchor) test(view.attachments).getCellComponent(logoRow, "session")).getText())
                .isEqualTo("Opening Keynote");
    }

    @Test
    void anotherEventIsNotFound() {
        navigate("events/" + UUID.randomUUID() + "/media", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    static UUID demoId(String name) {
        return UUID.nameUUIDFromBytes(("eventlens-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
