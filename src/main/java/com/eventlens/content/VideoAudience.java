package com.eventlens.content;

import java.util.UUID;

/**
 * Who watched an on-demand video, as the analytics module counts it (its published view {@code video_audience}):
 * viewers, seconds viewed and their average completion rate (0..1, {@code null} without viewers).
 */
public record VideoAudience(UUID contentId, long viewers, long secondsViewed, Double averageCompletionRate) {

    public static VideoAudience none(UUID contentId) {
        return new VideoAudience(contentId, 0, 0, null);
    }
}
