package com.eventlens.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.eventlens.content.MediaLibrary;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.SessionType;
import com.eventlens.testing.Rollups;

/** Demo mode seeds the help-centre article's event once, with the people, sessions and media it shows. */
@SpringBootTest
class DemoEventSeederTests {

    @Autowired
    DemoEventSeeder seeder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleDirectory people;
    @Autowired
    Agenda agenda;
    @Autowired
    MediaLibrary media;

    @Test
    void seedsVirtuallyLiveWith255People() {
        assertThat(jdbc.sql("select name from event where id = ?").param(DemoIds.EVENT).query(String.class).single())
                .isEqualTo("Virtually Live!");
        assertThat(people.count(DemoIds.EVENT)).isEqualTo(255);
        assertThat(agenda.sessionsOf(DemoIds.EVENT)).hasSize(6).first()
                .satisfies(keynote -> {
                    assertThat(keynote.name()).isEqualTo("Opening Keynote");
                    assertThat(keynote.type()).isEqualTo(SessionType.LIVE_WEBCAST);
                });
        assertThat(media.onDemandVideos(DemoIds.EVENT)).hasSizeGreaterThanOrEqualTo(15)
                .extracting(video -> video.name()).contains("Make it Count");
        assertThat(media.recordings(DemoIds.EVENT)).hasSize(5);
        assertThat(media.attachments(DemoIds.EVENT)).extracting(attachment -> attachment.name())
                .contains("Logo.png", "Brand Guidebook.pdf", "Podcast.mp3");
    }

    @Test
    void seedsThePeopleOfTheArticleWithTheirRolesAndStatuses() {
        Registration eric = person("eric.grant@kaltura.com");
        assertThat(eric.roles()).isEqualTo(Set.of(EventRole.EVENT_MANAGER, EventRole.SPEAKER, EventRole.MODERATOR));
        assertThat(eric.status()).isEqualTo(RegistrationStatus.BLOCKED_FROM_CHAT);
        assertThat(person("sandra.sullivan@kaltura.com").status()).isEqualTo(RegistrationStatus.BLOCKED);
        Registration abbie = person("abbie.wilson@kaltura.com");
        assertThat(abbie.titleAndCompany()).isEqualTo("Product manager, Kaltura");
        assertThat(abbie.industry()).isEqualTo("Video");
        assertThat(abbie.country()).isEqualTo("US");
        assertThat(people.withRole(DemoIds.EVENT, EventRole.SPEAKER, 10)).extracting(Registration::fullName)
                .contains("Julian Lang", "Celine Garnier", "Laura Steven", "Brian Dennis", "Adele Laurelton");
    }

    @Test
    void theDemoManagerAccountManagesTheDemoEvent() {
        Registration patrick = person(AccountBootstrap.DEMO_MANAGER_EMAIL);
        assertThat(patrick.roles()).contains(EventRole.EVENT_MANAGER);
    }

    @Test
    void abbieWilsonLooksLikeTheArticlesDashboard() {
        Rollups.awaitApplied(jdbc, DemoIds.EVENT);
        UUID abbie = person("abbie.wilson@kaltura.com").id();
        // live, engaged live, recording seconds; reactions, chat, Q&A, raised hands; polls; attachments
        assertThat(jdbc.sql("""
                        select sum(live_seconds), sum(engaged_live_seconds), sum(recording_seconds), sum(reactions),
                               sum(chat_messages), sum(qa_threads), sum(raised_hands), count(*)
                        from user_session_stats where event_id = ? and user_id = ?""")
                .param(DemoIds.EVENT).param(abbie)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8))).single())
                .isEqualTo(List.of(1680L, 1260L, 2230L, 6L, 2L, 2L, 0L, 2L));
        assertThat(jdbc.sql("select count(distinct poll_id) from user_session_poll where event_id = ? and user_id = ?")
                .param(DemoIds.EVENT).param(abbie).query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from user_attachment where event_id = ? and user_id = ?")
                .param(DemoIds.EVENT).param(abbie).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*), sum(seconds) from user_video_stats where event_id = ? and user_id = ?")
                .param(DemoIds.EVENT).param(abbie).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                .isEqualTo(List.of(15L, 1500L));
    }

    @Test
    void everyoneElseGotInteractionsThroughTheIngestPath() {
        assertThat(jdbc.sql("select count(distinct user_id) from interaction where event_id = ?")
                .param(DemoIds.EVENT).query(Long.class).single()).isGreaterThan(100);
    }

    @Test
    void aSecondStartAddsNothing() throws Exception {
        Rollups.awaitApplied(jdbc, DemoIds.EVENT);
        Map<String, Long> before = rowCounts();
        seeder.run(new DefaultApplicationArguments());
        assertThat(rowCounts()).isEqualTo(before);
    }

    private Map<String, Long> rowCounts() {
        return Map.of(
                "event", count("event"), "registration", count("registration"), "session", count("session"),
                "content", count("content"), "attachment", count("attachment"),
                "interaction", count("interaction"), "event_publication", count("event_publication"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Registration person(String email) {
        UUID id = jdbc.sql("select id from registration where event_id = ? and email = ?")
                .param(DemoIds.EVENT).param(email).query(UUID.class).single();
        return people.find(DemoIds.EVENT, id).orElseThrow();
    }
}
