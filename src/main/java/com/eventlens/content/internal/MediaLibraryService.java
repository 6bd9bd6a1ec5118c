package com.eventlens.content.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eventlens.content.Attachment;
import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.content.VideoKind;
import com.eventlens.shared.data.EventScopedId;

@Service
@Transactional(readOnly = true)
class MediaLibraryService implements MediaLibrary {

    private final Videos videos;
    private final Attachments attachments;
    private final MediaAudiences audiences;

    MediaLibraryService(Videos videos, Attachments attachments, MediaAudiences audiences) {
        this.videos = videos;
        this.attachments = attachments;
        this.audiences = audiences;
    }

    @Override
    public java.util.Map<UUID, com.eventlens.content.VideoAudience> videoAudiences(UUID eventId) {
        return audiences.videos(eventId);
    }

    @Override
    public java.util.Map<UUID, Long> attachmentDownloads(UUID eventId) {
        return audiences.attachmentDownloads(eventId);
    }

    @Override
    public java.util.Map<UUID, String> sessionNames(UUID eventId) {
        return audiences.sessionNames(eventId);
    }

    @Override
    @Transactional
    public void publish(Video video) {
        videos.save(videos.findById(new EventScopedId(video.eventId(), video.id()))
                .map(existing -> existing.update(video))
                .orElseGet(() -> VideoEntity.publish(video)));
    }

    @Override
    @Transactional
    public void attach(Attachment attachment) {
        attachments.save(attachments.findById(new EventScopedId(attachment.eventId(), attachment.id()))
                .map(existing -> existing.update(attachment))
                .orElseGet(() -> AttachmentEntity.add(attachment)));
    }

    @Override
    public List<Video> onDemandVideos(UUID eventId) {
        return videos(eventId, VideoKind.ON_DEMAND);
    }

    @Override
    public List<Video> recordings(UUID eventId) {
        return videos(eventId, VideoKind.RECORDING);
    }

    @Override
    public Optional<Video> findVideo(UUID eventId, UUID videoId) {
        return videos.findById(new EventScopedId(eventId, videoId)).map(VideoEntity::toVideo);
    }

    @Override
    public List<Attachment> attachments(UUID eventId) {
        return attachments.findByIdEventIdOrderBySessionIdAscNameAsc(eventId).stream()
                .map(AttachmentEntity::toAttachment).toList();
    }

    @Override
    public Optional<Attachment> findAttachment(UUID eventId, UUID attachmentId) {
        return attachments.findById(new EventScopedId(eventId, attachmentId)).map(AttachmentEntity::toAttachment);
    }

    private List<Video> videos(UUID eventId, VideoKind kind) {
        return videos.findByEventIdAndKind(eventId, kind).stream().map(VideoEntity::toVideo).toList();
    }
}
