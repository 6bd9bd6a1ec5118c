package com.eventlens.console.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.eventlens.content.Attachment;
import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.interactions.Ingest;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.sessions.Agenda;
import com.eventlens.sessions.Session;
import com.eventlens.sessions.SessionType;

/**
 * Seeds the help-centre article's event "Virtually Live!" into an empty database in demo mode, through the
 * same module facades that real data takes. A database that holds any event is left alone, so a second start
 * adds nothing.
 */
@Component
@Order(2)
class DemoEventSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEventSeeder.class);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.of(2022, 2, 2);

    private final DemoMode demo;
    private final EventCatalog events;
    private final Agenda agenda;
    private final MediaLibrary media;
    private final PeopleDirectory people;
    private final Ingest ingest;

    DemoEventSeeder(DemoMode demo, EventCatalog events, Agenda agenda, MediaLibrary media, PeopleDirectory people,
                    Ingest ingest) {
        this.ingest = ingest;
        this.demo = demo;
        this.events = events;
        this.agenda = agenda;
        this.media = media;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.isActive() && events.isEmpty()) {
            seed();
        }
    }

    void seed() {
        long started = System.nanoTime();
        events.save(new Event(DemoIds.EVENT, "Virtually Live!", """
                It's no surprise that virtual events have prevailed over all other forms of business \
                get-togethers since Covid-19 entered our lives. At Kaltura, we spent the past year videoifying \
                events, transforming the conventional into the extraordinary. Join us for a day of keynotes, \
                masterclasses and on-demand content on marketing that people actually watch.""",
                at("10:00").toInstant(), at("16:30").toInstant(), NEW_YORK));

        Session keynote = session("Opening Keynote", SessionType.LIVE_WEBCAST, "10:00", "10:30");
        Session genZ = session("Marketing for Gen-Z: The right way", SessionType.PRE_RECORDED, "10:30", "11:15");
        Session knights = session("Knights in Marketing Armor: Knighthood for Brand Defenders",
                SessionType.PRE_RECORDED, "11:15", "12:00");
        Session masterclass = session("Masterclass with Product Leaders", SessionType.LIVE_WEBCAST, "12:30", "13:30");
        Session salesforce = session("Salesforce vision", SessionType.SIMULIVE, "13:30", "14:30");
        Session strategy = session("Marketing Strategy", SessionType.MEETING_ROOM, "15:00", "16:30");
        List.of(keynote, genZ, knights, masterclass, salesforce, strategy).forEach(agenda::schedule);

        // Every session but the meeting room was recorded.
        for (Session session : List.of(keynote, genZ, knights, masterclass, salesforce)) {
            int seconds = (int) java.time.Duration.between(session.startsAt(), session.endsAt()).toSeconds();
            media.publish(Video.recording(DemoIds.EVENT, DemoIds.of("recording:" + session.name()), session.id(),
                    session.name() + " (recording)", seconds));
        }

        attach(keynote, "Logo.png", "image/png", 48_213);
        attach(keynote, "Brand Guidebook.pdf", "application/pdf", 2_304_512);
        attach(keynote, "Podcast.mp3", "audio/mpeg", 18_874_368);
        attach(genZ, "Gen-Z Survey 2022.pdf", "application/pdf", 1_048_576);
        attach(masterclass, "Masterclass Slides.pdf", "application/pdf", 5_242_880);
        attach(masterclass, "Product Roadmap Template.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 65_536);
        attach(salesforce, "Salesforce Vision Deck.pptx",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation", 7_340_032);
        attach(strategy, "Strategy Canvas.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 131_072);
        attach(strategy, "Campaign Teaser.mp4", "video/mp4", 31_457_280);

        String[][] onDemand = {{"Make it Count", "3420"}, {"Leadership Pathways", "1980"},
                {"Leadership Panel: Leading Hybrid Teams", "2640"}, {"Brand Storytelling 101", "1500"},
                {"The Future of Virtual Events", "1260"}, {"Customer Stories: Spotify", "900"},
                {"Designing for Engagement", "1800"}, {"Data-Driven Marketing", "2100"},
                {"Growth Loops Explained", "720"}, {"Building a Content Engine", "1620"},
                {"Webinar Best Practices", "1080"}, {"Social Media in 2022", "960"},
                {"Creative Campaigns that Convert", "1380"}, {"Measuring What Matters", "1140"},
                {"From Lead to Loyalty", "1560"}, {"Video SEO Essentials", "840"}};
        for (String[] video : onDemand) {
            media.publish(Video.onDemand(DemoIds.EVENT, DemoIds.of("video:" + video[0]), video[0],
                    Integer.parseInt(video[1])));
        }

        List<Registration> everyone = DemoPeople.all();
        everyone.forEach(people::register);

        int interactions = new DemoInteractions(ingest, agenda.sessionsOf(DemoIds.EVENT), media.recordings(DemoIds.EVENT),
                media.onDemandVideos(DemoIds.EVENT), media.attachments(DemoIds.EVENT)).sendFor(everyone);
        log.info("Seeded the demo event \"Virtually Live!\" ({} people, {} interactions) in {} ms", everyone.size(),
                interactions, (System.nanoTime() - started) / 1_000_000);
    }

    private static ZonedDateTime at(String time) {
        return ZonedDateTime.of(DAY, LocalTime.parse(time), NEW_YORK);
    }

    private static Session session(String name, SessionType type, String from, String to) {
        return new Session(DemoIds.EVENT, DemoIds.of("session:" + name), name, type, at(from).toInstant(),
                at(to).toInstant());
    }

    private void attach(Session session, String name, String contentType, long sizeBytes) {
        media.attach(new Attachment(DemoIds.EVENT, DemoIds.of("attachment:" + name), session.id(), name, contentType,
                sizeBytes));
    }
}
