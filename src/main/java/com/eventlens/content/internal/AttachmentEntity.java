package com.eventlens.content.internal;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import com.eventlens.content.Attachment;
import com.eventlens.content.AttachmentAdded;
import com.eventlens.content.AttachmentUpdated;
import com.eventlens.shared.data.ChosenIdAggregate;
import com.eventlens.shared.data.EventScopedId;

/** The attachment aggregate: a file offered for download in one session. */
@Table("attachment")
class AttachmentEntity extends ChosenIdAggregate<AttachmentEntity, EventScopedId> {

    @Id
    private final EventScopedId id;
    private UUID sessionId;
    private String name;
    private String contentType;
    private long sizeBytes;

    @PersistenceCreator
    AttachmentEntity(EventScopedId id, UUID sessionId, String name, String contentType, long sizeBytes) {
        this.id = id;
        this.sessionId = sessionId;
        this.name = name;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }

    static AttachmentEntity add(Attachment attachment) {
        AttachmentEntity added = new AttachmentEntity(new EventScopedId(attachment.eventId(), attachment.id()),
                attachment.sessionId(), attachment.name(), attachment.contentType(), attachment.sizeBytes());
        added.registerEvent(new AttachmentAdded(attachment.eventId(), attachment.id(), attachment.sessionId()));
        return added.asNew();
    }

    /** Takes the attachment's new details (its session too); announces them if anything changed. */
    AttachmentEntity update(Attachment attachment) {
        if (!attachment.equals(toAttachment())) {
            sessionId = attachment.sessionId();
            name = attachment.name();
            contentType = attachment.contentType();
            sizeBytes = attachment.sizeBytes();
            registerEvent(new AttachmentUpdated(id.eventId(), id.id(), sessionId));
        }
        return this;
    }

    @Override
    public EventScopedId getId() {
        return id;
    }

    Attachment toAttachment() {
        return new Attachment(id.eventId(), id.id(), sessionId, name, contentType, sizeBytes);
    }
}
