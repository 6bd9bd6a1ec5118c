package com.eventlens.people.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Counts that take longer than a grid should wait for (a broad search among a million people) run here, two at a
 * time, as the signed-in account: the service checks access on this thread too.
 */
@Component
class BackgroundCounts implements DisposableBean {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "people-count-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    void submit(Runnable count) {
        executor.execute(DelegatingSecurityContextRunnable.create(count, SecurityContextHolder.getContext()));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
